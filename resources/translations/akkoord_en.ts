<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QObject</name>
    <message>
        <source>Dat lukte niet</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <source>Uiterlijk: %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <source>Middelen: %1</source>
        <translation>Resources: %1</translation>
    </message>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Streefwaarde: %1</source>
        <translation>Target value: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>%1 verwijderen</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>akkoord::AgreementStatus</name>
    <message>
        <source>Voorstel</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Afgesproken</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>In uitvoering</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Gerealiseerd</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Dropped</translation>
    </message>
</context>
<context>
    <name>akkoord::AnswerStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Besproken</source>
        <translation>Discussed</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Agreed</translation>
    </message>
</context>
<context>
    <name>akkoord::Backups</name>
    <message>
        <source>No backup could be made: the folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the restored file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied to %1 (is the disk full or the folder read-only?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored file could not be written as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Catalog</name>
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
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
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
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::DilemmaStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Beslecht</source>
        <translation>Settled</translation>
    </message>
</context>
<context>
    <name>akkoord::Domain</name>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Primair onderwijs</source>
        <translation>Primary education</translation>
    </message>
    <message>
        <source>Voortgezet onderwijs</source>
        <translation>Secondary education</translation>
    </message>
    <message>
        <source>Samenwerkingsverband passend onderwijs</source>
        <translation>Appropriate-education partnership</translation>
    </message>
    <message>
        <source>Kinderopvang</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Jeugdgezondheidszorg</source>
        <translation>Youth health care</translation>
    </message>
    <message>
        <source>Welzijn</source>
        <translation>Welfare</translation>
    </message>
    <message>
        <source>Jeugdhulp</source>
        <translation>Youth care</translation>
    </message>
    <message>
        <source>Veiligheid en politie</source>
        <translation>Safety and police</translation>
    </message>
    <message>
        <source>Sport en cultuur</source>
        <translation>Sport and culture</translation>
    </message>
    <message>
        <source>Ouders</source>
        <translation>Parents</translation>
    </message>
    <message>
        <source>Jongeren</source>
        <translation>Young people</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>akkoord::Import</name>
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
        <source>a whole number was expected</source>
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
        <source>a rating must be 0 (don&apos;t know) or between 1 and 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is nested more than %1 levels deep (at byte %2): it is not an Akkoord export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds a number too large to read (%1): it may be damaged or not an Akkoord export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rating must be 0 (not given) or between 1 and 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this partner has two entries for the building block &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agreement is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question id was expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Role</name>
    <message>
        <source>Kernpartner</source>
        <translation>Core partner</translation>
    </message>
    <message>
        <source>Schilpartner</source>
        <translation>Outer partner</translation>
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
    <message>
        <source>A rating must be between 1 and 5, or &quot;don&apos;t know&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved or removed while it was open, so the last change could not be saved. Your text is kept and saved as soon as the file is back in its place; or save a copy elsewhere.</source>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convenant (the covenant), sessie (the session report) or vragenlijst (the blank self-assessment questionnaire).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is convenant, sessie or vragenlijst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the automatic backups of FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup N from the list (1 = newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord file whose backups to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backup needs a number from the list (1 = newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no automatic backups of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are only %1 backups of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of %1 to %2.</source>
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
  akkoord restore FILE.akkoord --list          list the automatic backups of FILE
  akkoord restore FILE.akkoord [--backup N] -o OUT.akkoord   restore a backup (1 = newest)
  akkoord report FILE.akkoord --kind convenant|sessie|vragenlijst -o OUT.pdf|OUT.odt
        [--lang nl|en] [--draft|--final]       write the covenant, the session report or a blank
                                               self-assessment questionnaire for paper

Options:
  --catalog DIR      use the catalogue in DIR instead of the built-in one
  --lang nl|en       language of the interface and the catalogue
  -h, --help         show this help
  -v, --version      show the version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AccountabilityEditor</name>
    <message>
        <source>Verantwoording toevoegen</source>
        <translation>Add accountability</translation>
    </message>
    <message>
        <source>Evaluatiemomenten</source>
        <translation>Evaluation moments</translation>
    </message>
    <message>
        <source>Evaluatiemoment toevoegen</source>
        <translation>Add evaluation moment</translation>
    </message>
    <message>
        <source>Waarover</source>
        <translation>About what</translation>
    </message>
    <message>
        <source>Aan wie</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Hoe vaak</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>In welke vorm</source>
        <translation>In what form</translation>
    </message>
    <message>
        <source>bijv. voortgang van de afspraken</source>
        <translation>e.g. progress on the agreements</translation>
    </message>
    <message>
        <source>bijv. gemeenteraad, besturen, ouders</source>
        <translation>e.g. municipal council, boards, parents</translation>
    </message>
    <message>
        <source>bijv. jaarlijks in oktober</source>
        <translation>e.g. every year in October</translation>
    </message>
    <message>
        <source>bijv. gezamenlijke rapportage</source>
        <translation>e.g. a joint report</translation>
    </message>
    <message>
        <source>Verantwoording</source>
        <translation>Accountability</translation>
    </message>
    <message>
        <source>Wat evalueren we, met wie?</source>
        <translation>What do we evaluate, and with whom?</translation>
    </message>
    <message>
        <source>Evaluatiemoment</source>
        <translation>Evaluation moment</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AgreementsEditor</name>
    <message>
        <source>&amp;Bouwsteen:</source>
        <translation>&amp;Building block:</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(nog niet beschreven)</source>
        <translation>(not yet described)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Wat spreken we af?</source>
        <translation>What do we agree on?</translation>
    </message>
    <message>
        <source>Uiterlijk op</source>
        <translation>No later than</translation>
    </message>
    <message>
        <source>Uren, geld, huisvesting</source>
        <translation>Hours, money, accommodation</translation>
    </message>
    <message>
        <source>Hoe weten we dat het werkt?</source>
        <translation>How do we know it works?</translation>
    </message>
    <message>
        <source>Streefwaarde</source>
        <translation>Target value</translation>
    </message>
    <message>
        <source>&amp;Wat</source>
        <translation>&amp;What</translation>
    </message>
    <message>
        <source>&amp;Eigenaar</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <source>Bijdragende partners</source>
        <translation>Contributing partners</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>&amp;Middelen</source>
        <translation>&amp;Resources</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>Streef&amp;waarde</source>
        <translation>&amp;Target value</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Dient ambitie(s)</source>
        <translation>Serves ambition(s)</translation>
    </message>
    <message>
        <source>Vragen die een afspraak in deze bouwsteen beantwoordt</source>
        <translation>Questions that an agreement in this building block answers</translation>
    </message>
    <message>
        <source>Invoegen</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>(nog geen eigenaar)</source>
        <translation>(no owner yet)</translation>
    </message>
    <message>
        <source>(ambitie zonder titel)</source>
        <translation>(untitled ambition)</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AmbitionsEditor</name>
    <message>
        <source>Ambitie toevoegen</source>
        <translation>Add ambition</translation>
    </message>
    <message>
        <source>Ambitie</source>
        <translation>Ambition</translation>
    </message>
    <message>
        <source>Wat hebben kinderen en ouders eraan?</source>
        <translation>What do children and parents gain from it?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: elk kind start taalvaardig in groep 3</source>
        <translation>For example: every child starts Year 2 with good language skills</translation>
    </message>
    <message>
        <source>Beoogd resultaat voor kinderen en ouders</source>
        <translation>Intended result for children and parents</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AssessmentPage</name>
    <message>
        <source>Zelfevaluatie</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Een eerlijke blik op de samenwerking: iedere respondent beoordeelt stellingen per bouwsteen. Het waardevolst is waar kern- en schilpartners verschillend kijken.</source>
        <translation>An honest look at the partnership: every respondent rates statements for each building block. Most valuable are the places where core and outer partners see things differently.</translation>
    </message>
    <message>
        <source>&amp;Ronde:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>&amp;Nieuwe ronde</source>
        <translation>&amp;New round</translation>
    </message>
    <message>
        <source>Ronde verwijderen…</source>
        <translation>Remove round…</translation>
    </message>
    <message>
        <source>Respondenten zelf laten invullen…</source>
        <translation>Let respondents fill it in themselves…</translation>
    </message>
    <message>
        <source>Exporteren als CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Nieuwe &amp;respondent</source>
        <translation>New &amp;respondent</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>&amp;Invoeren</source>
        <translation>&amp;Enter</translation>
    </message>
    <message>
        <source>Resul&amp;taten</source>
        <translation>Resul&amp;ts</translation>
    </message>
    <message>
        <source>Ronde %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <source>Ronde verwijderen</source>
        <translation>Remove round</translation>
    </message>
    <message>
        <source>Deze ronde met al haar respondenten en antwoorden verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>Remove this round with all its respondents and answers? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Antwoorden exporteren</source>
        <translation>Export answers</translation>
    </message>
    <message>
        <source>zelfevaluatie.csv</source>
        <translation>self-assessment.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Ronde 1</source>
        <translation>Round 1</translation>
    </message>
    <message>
        <source>Zelfevaluatie invullen</source>
        <translation>Fill in the self-assessment</translation>
    </message>
    <message>
        <source>Vul de vragenlijst in en kies Klaar. Uw antwoorden zijn daarna niet meer zichtbaar voor de volgende persoon.</source>
        <translation>Fill in the questionnaire and choose Done. Your answers are then hidden from the next person.</translation>
    </message>
    <message>
        <source>Klaar — volgende persoon</source>
        <translation>Done — next person</translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Respondent %1</source>
        <translation>Respondent %1</translation>
    </message>
    <message>
        <source>geen organisatie</source>
        <translation>no organisation</translation>
    </message>
    <message>
        <source>Respondenten per partner — %1</source>
        <translation>Respondents per partner — %1</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Nog geen respondent van: %1</source>
        <translation>No respondent yet from: %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AssessmentResultsView</name>
    <message>
        <source>te weinig respondenten</source>
        <translation>too few respondents</translation>
    </message>
    <message>
        <source>geen gegevens</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1 (± %2)</source>
        <translation>%1 (± %2)</translation>
    </message>
    <message>
        <source>Bouwsteen</source>
        <translation>Building block</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Kernpartners</source>
        <translation>Core partners</translation>
    </message>
    <message>
        <source>Schilpartners</source>
        <translation>Outer partners</translation>
    </message>
    <message>
        <source>Grootste verschil tussen kern- en schilpartners</source>
        <translation>Largest differences between core and outer partners</translation>
    </message>
    <message>
        <source>Meeste onenigheid tussen respondenten</source>
        <translation>Most disagreement between respondents</translation>
    </message>
    <message>
        <source>&amp;Vergelijk met ronde:</source>
        <translation>&amp;Compare with round:</translation>
    </message>
    <message>
        <source>Eerder</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Nog geen ronde. Kies Nieuwe ronde om een zelfevaluatie te beginnen, of druk een blanco vragenlijst af via Documenten.</source>
        <translation>No round yet. Choose New round to start a self-assessment, or print a blank questionnaire from Documents.</translation>
    </message>
    <message>
        <source>%1 respondenten: %2 van kernpartners, %3 van schilpartners.</source>
        <translation>%1 respondents: %2 from core partners, %3 from outer partners.</translation>
    </message>
    <message>
        <source>Alleen schilpartners hebben geantwoord: dit beeld is eenzijdig.</source>
        <translation>Only outer partners have answered: this picture is one-sided.</translation>
    </message>
    <message>
        <source>Alleen kernpartners hebben geantwoord: dit beeld is eenzijdig. Vraag ook schilpartners om hun kijk.</source>
        <translation>Only core partners have answered: this picture is one-sided. Ask the outer partners for their view as well.</translation>
    </message>
    <message>
        <source>Minder dan %1 kernpartners: hun uitkomsten worden niet apart getoond, zodat niemand herkenbaar is.</source>
        <translation>Fewer than %1 core partners: their results are not shown separately, so that no one can be identified.</translation>
    </message>
    <message>
        <source>Minder dan %1 schilpartners: hun uitkomsten worden niet apart getoond, zodat niemand herkenbaar is.</source>
        <translation>Fewer than %1 outer partners: their results are not shown separately, so that no one can be identified.</translation>
    </message>
    <message>
        <source>Nog geen respondent van: %1.</source>
        <translation>No respondent yet from: %1.</translation>
    </message>
    <message>
        <source>%1 — kern %2, schil %3</source>
        <translation>%1 — core %2, outer %3</translation>
    </message>
    <message>
        <source>Te weinig respondenten in een van beide groepen om te vergelijken.</source>
        <translation>Too few respondents in one of the two groups to compare.</translation>
    </message>
    <message>
        <source>%1 — spreiding %2</source>
        <translation>%1 — spread %2</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (eerder)</source>
        <translation>%1 (before)</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ChecklistEditor</name>
    <message>
        <source>Toelichting, bijvoorbeeld welke gemeentelijke afdelingen nodig zijn</source>
        <translation>Explanation, for example which municipal departments are needed</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Voeg eerst partners toe op de pagina Partners.</source>
        <translation>First add partners on the Partners page.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::DilemmaEditor</name>
    <message>
        <source>Uit de lijst &amp;kiezen…</source>
        <translation>Choose from the &amp;list…</translation>
    </message>
    <message>
        <source>&amp;Eigen dilemma toevoegen</source>
        <translation>&amp;Add your own dilemma</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Er staan nog geen dilemma&apos;s in het register. Kies een veelvoorkomend dilemma uit de lijst, of voeg een dilemma toe dat de groep zelf benoemt.</source>
        <translation>There are no dilemmas in the register yet. Choose a common dilemma from the list, or add a dilemma the group names itself.</translation>
    </message>
    <message>
        <source>Dilemma&apos;s</source>
        <translation>Dilemmas</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(nog zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 in het register, %2 open</source>
        <translation>%1 in the register, %2 open</translation>
    </message>
    <message>
        <source>Het gekozen dilemma</source>
        <translation>The selected dilemma</translation>
    </message>
    <message>
        <source>Het dilemma in één zin</source>
        <translation>The dilemma in one sentence</translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Waar knelt het, en voor wie?</source>
        <translation>Where is the tension, and for whom?</translation>
    </message>
    <message>
        <source>T&amp;oelichting</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <source>Voeg eerst partners toe op de pagina Partners.</source>
        <translation>First add partners on the Partners page.</translation>
    </message>
    <message>
        <source>Anderen, bijvoorbeeld ouders van peuters</source>
        <translation>Others, for example parents of toddlers</translation>
    </message>
    <message>
        <source>Wie het verder raakt</source>
        <translation>Who else it affects</translation>
    </message>
    <message>
        <source>&amp;Wie raakt het?</source>
        <translation>&amp;Who is affected?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: een escalatieroute, een gezamenlijk budget of een vaste overlegtafel</source>
        <translation>For example: an escalation route, a joint budget or a standing consultation group</translation>
    </message>
    <message>
        <source>&amp;Hoe gaan we ermee om?</source>
        <translation>&amp;How do we handle it?</translation>
    </message>
    <message>
        <source>Afspraken die het dilemma beslechten</source>
        <translation>Agreements that settle the dilemma</translation>
    </message>
    <message>
        <source>Er zijn nog geen afspraken. Die worden gemaakt in de fase Ontwikkelen; koppel het dilemma daarna hier aan de afspraak die het beslecht. Tot dan blijft het dilemma daar zichtbaar als open.</source>
        <translation>There are no agreements yet. They are made in the Develop phase; then link the dilemma here to the agreement that settles it. Until then, the dilemma stays visible there as open.</translation>
    </message>
    <message>
        <source>Welke afspraak &amp;beslecht het?</source>
        <translation>Which a&amp;greement settles it?</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Een veelvoorkomend dilemma uit de handreiking toevoegen</source>
        <translation>Add a common dilemma from the guide</translation>
    </message>
    <message>
        <source>Alle dilemma&apos;s uit de lijst staan al in het register.</source>
        <translation>All dilemmas from the list are already in the register.</translation>
    </message>
    <message>
        <source>Dilemma verwijderen</source>
        <translation>Remove dilemma</translation>
    </message>
    <message>
        <source>Het dilemma ‘%1’ uit het register verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>Remove the dilemma ‘%1’ from the register? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>(nog niet beschreven)</source>
        <translation>(not yet described)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Uit de lijst met veelvoorkomende dilemma&apos;s; pas de tekst gerust aan op de eigen situatie.</source>
        <translation>From the list of common dilemmas; feel free to adapt the text to your own situation.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::DocumentsPage</name>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation>Covenant</translation>
    </message>
    <message>
        <source>Sessieverslag</source>
        <translation>Session report</translation>
    </message>
    <message>
        <source>Vragenlijst zelfevaluatie (blanco)</source>
        <translation>Self-assessment questionnaire (blank)</translation>
    </message>
    <message>
        <source>Concept zolang er iets ontbreekt</source>
        <translation>Draft while anything is missing</translation>
    </message>
    <message>
        <source>Altijd concept</source>
        <translation>Always draft</translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Versie</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>Gegevens van het convenant</source>
        <translation>Covenant details</translation>
    </message>
    <message>
        <source>Korte titel voor de kop van elke pagina</source>
        <translation>Short title for the header of every page</translation>
    </message>
    <message>
        <source> jaar</source>
        <translation> years</translation>
    </message>
    <message>
        <source>bijv. jaarlijks in november</source>
        <translation>e.g. every year in November</translation>
    </message>
    <message>
        <source>&amp;Korte titel</source>
        <translation>S&amp;hort title</translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum</source>
        <translation>&amp;Start date</translation>
    </message>
    <message>
        <source>&amp;Looptijd</source>
        <translation>&amp;Term</translation>
    </message>
    <message>
        <source>&amp;Evaluatieritme</source>
        <translation>&amp;Evaluation cycle</translation>
    </message>
    <message>
        <source>&amp;Plaats van ondertekening</source>
        <translation>&amp;Place of signing</translation>
    </message>
    <message>
        <source>Datum van &amp;ondertekening</source>
        <translation>Date of si&amp;gning</translation>
    </message>
    <message>
        <source>Exporteren als &amp;PDF…</source>
        <translation>Export as &amp;PDF…</translation>
    </message>
    <message>
        <source>Exporteren als &amp;ODT…</source>
        <translation>Export as &amp;ODT…</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Het convenant is compleet: alle partners, afspraken en afspraken over looptijd en evaluatie zijn ingevuld.</source>
        <translation>The covenant is complete: all partners and agreements, and the arrangements for its term and evaluation, are filled in.</translation>
    </message>
    <message>
        <source>Dit ontbreekt nog aan een sluitend convenant (u kunt wel een concept maken):</source>
        <translation>Still missing for a complete covenant (you can make a draft in the meantime):</translation>
    </message>
    <message>
        <source>Vingerafdruk van de inhoud: %1</source>
        <translation>Content fingerprint: %1</translation>
    </message>
    <message>
        <source>Convenantgegevens wijzigen</source>
        <translation>Change covenant details</translation>
    </message>
    <message>
        <source>Voorbeeld wordt bijgewerkt…</source>
        <translation>Updating preview…</translation>
    </message>
    <message numerus="yes">
        <source>Voorbeeld: %n pagina(&apos;s)</source>
        <translation>
            <numerusform>Preview: %n page</numerusform>
            <numerusform>Preview: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>convenant</source>
        <translation>covenant</translation>
    </message>
    <message>
        <source>sessieverslag</source>
        <translation>session-report</translation>
    </message>
    <message>
        <source>vragenlijst</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <source>Document exporteren</source>
        <translation>Export document</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument-tekst (*.odt)</source>
        <translation>OpenDocument Text (*.odt)</translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::GapsEditor</name>
    <message>
        <source>&amp;Grafiek:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>De ronde ‘nu en gewenst’ in %1 is nog verborgen. Onthul de scores daar om ze hier te bespreken.</source>
        <translation>The ‘now and desired’ round in %1 is still hidden. Reveal the scores there to discuss them here.</translation>
    </message>
    <message>
        <source>Nog geen scores voor nu en gewenst. Laat de partners in %1 per bouwsteen scoren; de analyse verschijnt dan hier.</source>
        <translation>No scores for now and desired yet. Have the partners score each building block in %1; the analysis then appears here.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grootste afstand&lt;/b&gt; — %1: gemiddeld %2 punt (nu %3, gewenst %4)</source>
        <translation>&lt;b&gt;Largest gap&lt;/b&gt; — %1: %2 points on average (now %3, desired %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meeste verschil van inzicht&lt;/b&gt; — %1: partners verschillen %2 punten over %3</source>
        <translation>&lt;b&gt;Most disagreement&lt;/b&gt; — %1: partners differ by %2 points on %3</translation>
    </message>
    <message>
        <source>de huidige situatie</source>
        <translation>the current situation</translation>
    </message>
    <message>
        <source>de gewenste situatie</source>
        <translation>the desired situation</translation>
    </message>
    <message>
        <source>Geen opvallende afstand of verschil van inzicht: de partners zien het ongeveer hetzelfde.</source>
        <translation>No notable gap or disagreement: the partners see it roughly the same way.</translation>
    </message>
    <message>
        <source>Gespreksonderwerpen:</source>
        <translation>Topics for discussion:</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::HistoryDialog</name>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Elke opgeslagen versie blijft bewaard. Kies een versie om haar te bekijken en zo nodig terug te zetten.</source>
        <translation>Every saved version is kept. Choose a version to view it and, if needed, restore it.</translation>
    </message>
    <message>
        <source>Deze versie terugzetten</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>Nog geen eerdere versies.</source>
        <translation>No earlier versions yet.</translation>
    </message>
    <message>
        <source>Terugzetten mislukt</source>
        <translation>Could not restore the version</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::MainWindow</name>
    <message>
        <source>Naslag</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Dilemma&apos;s</source>
        <translation>Dilemmas</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw traject…</source>
        <translation>&amp;New trajectory…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>&amp;Demo openen</source>
        <translation>Open &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Kopie opslaan als…</source>
        <translation>Save a cop&amp;y as…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Exporteren als JSON…</source>
        <translation>&amp;Export as JSON…</translation>
    </message>
    <message>
        <source>S&amp;luiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Voorkeuren…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Navigeren</source>
        <translation>&amp;Navigate</translation>
    </message>
    <message>
        <source>&amp;Volgende vraag</source>
        <translation>&amp;Next question</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>V&amp;orige vraag</source>
        <translation>&amp;Previous question</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Volgende &amp;fase</source>
        <translation>Next p&amp;hase</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown</source>
        <translation>Ctrl+Shift+PgDown</translation>
    </message>
    <message>
        <source>Vorige f&amp;ase</source>
        <translation>Previous ph&amp;ase</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgUp</source>
        <translation>Ctrl+Shift+PgUp</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Beel&amp;d</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Naslag</source>
        <translation>&amp;Reference</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over Akkoord</source>
        <translation>&amp;About Akkoord</translation>
    </message>
    <message>
        <source>Over &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Ongedaan maken: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>Opn&amp;ieuw: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Partners (%1)</source>
        <translation>Partners (%1)</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>alleen lezen</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Niet opgeslagen: %1 Akkoord probeert het steeds opnieuw; uw tekst blijft staan.</source>
        <translation>Not saved: %1 Akkoord keeps trying; your text is kept.</translation>
    </message>
    <message>
        <source>Niet opgeslagen</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Alleen lezen: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>Wijzigingen worden direct opgeslagen</source>
        <translation>Changes are saved immediately</translation>
    </message>
    <message>
        <source>Niet alles is opgeslagen</source>
        <translation>Not everything has been saved</translation>
    </message>
    <message>
        <source>De laatste wijzigingen konden niet worden opgeslagen. Toch sluiten? Kies Annuleren en bewaar eerst een kopie elders.</source>
        <translation>The latest changes could not be saved. Close anyway? Choose Cancel and save a copy elsewhere first.</translation>
    </message>
    <message>
        <source>Openen mislukt</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Traject openen</source>
        <translation>Open trajectory</translation>
    </message>
    <message>
        <source>Akkoord-trajecten (*.akkoord);;Alle bestanden (*)</source>
        <translation>Akkoord trajectories (*.akkoord);;All files (*)</translation>
    </message>
    <message>
        <source>Traject bewaren als</source>
        <translation>Save trajectory as</translation>
    </message>
    <message>
        <source>Akkoord-trajecten (*.akkoord)</source>
        <translation>Akkoord trajectories (*.akkoord)</translation>
    </message>
    <message>
        <source>De demo ontbreekt in deze versie van Akkoord.</source>
        <translation>The demo is missing from this version of Akkoord.</translation>
    </message>
    <message>
        <source>Kopie opslaan als</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Kopie opslaan</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Kies een andere naam dan het geopende bestand.</source>
        <translation>Choose a name other than that of the open file.</translation>
    </message>
    <message>
        <source>Kopie opgeslagen als %1</source>
        <translation>Copy saved as %1</translation>
    </message>
    <message>
        <source>Exporteren als JSON</source>
        <translation>Export as JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 kon niet worden geschreven: %2.</source>
        <translation>%1 could not be written: %2.</translation>
    </message>
    <message>
        <source>Taal van Akkoord en de vragen: nu %1. Overschakelen naar %2?</source>
        <translation>Language of Akkoord and the questions: currently %1. Switch to %2?</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>Engels</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Voorkeuren</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Over Akkoord</source>
        <translation>About Akkoord</translation>
    </message>
    <message>
        <source>Akkoord %1

Begeleidt de partners rond kinderen en jongeren in zes fasen van verkenning naar convenant. Werkt zonder internet; alles staat in één bestand op uw eigen computer.</source>
        <translation>Akkoord %1

Guides the partners around children and young people in six phases from exploration to covenant. Works without an internet connection; everything is kept in a single file on your own computer.</translation>
    </message>
    <message>
        <source>Zelfevaluatie</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Zelfevaluatie (%1)</source>
        <translation>Self-assessment (%1)</translation>
    </message>
    <message>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>&amp;Projectie aan/uit</source>
        <translation>&amp;Projector on/off</translation>
    </message>
    <message>
        <source>Tijdklok &amp;starten/pauzeren</source>
        <translation>&amp;Start/pause the clock</translation>
    </message>
    <message>
        <source>Tijdklok &amp;terugzetten</source>
        <translation>R&amp;eset the clock</translation>
    </message>
    <message>
        <source>Geen reservekopie gemaakt: %1</source>
        <translation>No backup made: %1</translation>
    </message>
    <message>
        <source>%1

Er is een automatische reservekopie van %2. Wilt u die openen? Ze wordt bewaard als een nieuw bestand; het oorspronkelijke bestand blijft zoals het is.</source>
        <translation>%1

There is an automatic backup from %2. Open it? It is saved as a new file; the original file stays as it is.</translation>
    </message>
    <message>
        <source>%1 (hersteld %2)</source>
        <translation>%1 (restored %2)</translation>
    </message>
    <message>
        <source>Reservekopie teruggezet als %1</source>
        <translation>Backup restored as %1</translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën van dit bestand.</source>
        <translation>There are no backups of this file yet.</translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Kies een reservekopie. Ze wordt als nieuw bestand naast dit bestand bewaard en geopend.</source>
        <translation>Choose a backup. It is saved as a new file beside this one and opened.</translation>
    </message>
    <message>
        <source>Tijdklok (F6 starten/pauzeren, Shift+F6 terugzetten, Ctrl+F6 een minuut erbij)</source>
        <translation>Timer (F6 start/pause, Shift+F6 reset, Ctrl+F6 add a minute)</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Projectie &amp;toont</source>
        <translation>Projector s&amp;hows</translation>
    </message>
    <message>
        <source>De &amp;huidige vraag</source>
        <translation>The &amp;current question</translation>
    </message>
    <message>
        <source>De &amp;resultaten van de zelfevaluatie</source>
        <translation>The self-assessment &amp;results</translation>
    </message>
    <message>
        <source>Een &amp;pauzescherm</source>
        <translation>A &amp;pause screen</translation>
    </message>
    <message>
        <source>Pauzescherm aan/&amp;uit</source>
        <translation>Pa&amp;use screen on/off</translation>
    </message>
    <message>
        <source>Een &amp;minuut erbij</source>
        <translation>Add a &amp;minute</translation>
    </message>
    <message>
        <source>Tijdklok per &amp;vraag in plaats van per fase</source>
        <translation>Timer per &amp;question instead of per phase</translation>
    </message>
    <message>
        <source>&amp;Inzoomen</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>&amp;Uitzoomen</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Ware grootte</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>Tijd: %1</source>
        <translation>Time: %1</translation>
    </message>
    <message>
        <source>De tijd voor dit onderdeel is om.</source>
        <translation>Time is up for this part.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::NewTrajectoryWizard</name>
    <message>
        <source>Nieuw traject</source>
        <translation>New trajectory</translation>
    </message>
    <message>
        <source>Het traject</source>
        <translation>The trajectory</translation>
    </message>
    <message>
        <source>Waar gaat de samenwerking over? Alles is later nog aan te passen.</source>
        <translation>What is the partnership about? Everything can be changed later.</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Kansrijk opgroeien in Lindeveen</source>
        <translation>For example: Growing up with opportunities in Lindeveen</translation>
    </message>
    <message>
        <source>Het gezamenlijke vraagstuk, zo concreet mogelijk</source>
        <translation>The joint issue, as concretely as possible</translation>
    </message>
    <message>
        <source>&amp;Titel *</source>
        <translation>&amp;Title *</translation>
    </message>
    <message>
        <source>Gezamenlijk &amp;vraagstuk</source>
        <translation>Joint &amp;issue</translation>
    </message>
    <message>
        <source>&amp;Gemeente of regio</source>
        <translation>&amp;Municipality or region</translation>
    </message>
    <message>
        <source>&amp;Begeleider</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>De partners</source>
        <translation>The partners</translation>
    </message>
    <message>
        <source>Welke organisaties doen mee? Ouders en jongeren horen er vanaf het begin bij.</source>
        <translation>Which organisations take part? Parents and young people belong from the very start.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Ondertekenaar</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Partner &amp;toevoegen</source>
        <translation>&amp;Add partner</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::OpenDilemmasPanel</name>
    <message>
        <source>Koppel in Analyseren bij het dilemma de afspraak die het beslecht, en zet het daar op Beslecht.</source>
        <translation>In Analyse, link the dilemma to the agreement that settles it, and set it to Settled there.</translation>
    </message>
    <message>
        <source>Nog open dilemma&apos;s (%1) — wat de afspraken nog moeten beslechten</source>
        <translation>Dilemmas still open (%1) — what the agreements still need to settle</translation>
    </message>
    <message>
        <source>(nog zonder titel)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Raakt: %1</source>
        <translation>Affects: %1</translation>
    </message>
    <message>
        <source>Nog niet afgesproken hoe we ermee omgaan.</source>
        <translation>Not yet agreed how we handle it.</translation>
    </message>
    <message>
        <source>Aanpak: %1</source>
        <translation>Approach: %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>De organisaties die samenwerken, met hun rol en wie namens hen tekent. Kernpartners dragen het traject; schilpartners sluiten aan waar het hen raakt.</source>
        <translation>The organisations working together, with their role and who signs on their behalf. Core partners carry the trajectory; outer partners join in where it concerns them.</translation>
    </message>
    <message>
        <source>Partner &amp;toevoegen</source>
        <translation>&amp;Add partner</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Omhoog</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Omlaag</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ondertekenaar</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Gegevens van de partner</source>
        <translation>Partner details</translation>
    </message>
    <message>
        <source>Tekent onder voorbehoud van mandaat</source>
        <translation>Signs subject to mandate</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Domein</source>
        <translation>&amp;Domain</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Ondertekenaar: &amp;naam</source>
        <translation>Signatory: &amp;name</translation>
    </message>
    <message>
        <source>Ondertekenaar: f&amp;unctie</source>
        <translation>Signatory: pos&amp;ition</translation>
    </message>
    <message>
        <source>Nieuwe partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>(nog onbekend)</source>
        <translation>(not yet known)</translation>
    </message>
    <message>
        <source>%1 verwijderen?

Dit heeft gevolgen:
• %2

U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation>Remove %1?

This has consequences:
• %2

You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Partner verwijderen</source>
        <translation>Remove partner</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PerspectivesEditor</name>
    <message>
        <source>Alle partners hebben hun inbreng gegeven.</source>
        <translation>All partners have given their input.</translation>
    </message>
    <message>
        <source>Nog geen inbreng van: %1</source>
        <translation>No input yet from: %1</translation>
    </message>
    <message>
        <source>Inbreng van %1</source>
        <translation>Input from %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PhasePage</name>
    <message>
        <source>Toelichting voor de begeleider (ongeveer %1 minuten)</source>
        <translation>Notes for the facilitator (about %1 minutes)</translation>
    </message>
    <message>
        <source>Vraag %1 van %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Geschiedenis…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Voorbeelden uit de praktijk</source>
        <translation>Examples from practice</translation>
    </message>
    <message>
        <source>Invoegen</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Zet dit voorbeeld in het antwoord, om het daarna aan te passen</source>
        <translation>Put this example in the answer, to adapt it afterwards</translation>
    </message>
    <message>
        <source>Inbreng per partner</source>
        <translation>Input per partner</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ProjectorWindow</name>
    <message>
        <source>Akkoord — projectie</source>
        <translation>Akkoord — projector</translation>
    </message>
    <message>
        <source>Tijd is om  +%1</source>
        <translation>Time is up  +%1</translation>
    </message>
    <message>
        <source>Zelfevaluatie</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <source>Nog geen resultaten</source>
        <translation>No results yet</translation>
    </message>
    <message>
        <source>Zodra respondenten de vragenlijst hebben ingevuld, verschijnt hier het beeld per bouwsteen.</source>
        <translation>As soon as respondents have filled in the questionnaire, the picture for each building block appears here.</translation>
    </message>
    <message>
        <source>Resultaten per bouwsteen</source>
        <translation>Results per building block</translation>
    </message>
    <message>
        <source>Alle partners hebben gescoord.</source>
        <translation>All partners have scored.</translation>
    </message>
    <message>
        <source>Alle partners hebben hun inbreng gegeven.</source>
        <translation>All partners have given their input.</translation>
    </message>
    <message>
        <source>Nog niet gescoord: %1</source>
        <translation>Not yet scored: %1</translation>
    </message>
    <message>
        <source>Nog niet gehoord: %1</source>
        <translation>Not yet heard from: %1</translation>
    </message>
    <message>
        <source>Verborgen ronde: %1 van %2 partners hebben gescoord.
De scores verschijnen hier tegelijk zodra ze worden onthuld.</source>
        <translation>Hidden round: %1 of %2 partners have scored.
The scores appear here all at once as soon as they are revealed.</translation>
    </message>
    <message>
        <source>De scores voor nu en gewenst zijn nog verborgen.</source>
        <translation>The scores for now and desired are still hidden.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RatingEditor</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Waarom?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <source>– nog niet</source>
        <translation>– not yet</translation>
    </message>
    <message>
        <source>Reden van %1</source>
        <translation>Reason given by %1</translation>
    </message>
    <message>
        <source>Waarom? (optioneel)</source>
        <translation>Why? (optional)</translation>
    </message>
    <message>
        <source>&amp;Opslaan en verbergen</source>
        <translation>&amp;Save and hide</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>✓ gescoord (verborgen)</source>
        <translation>✓ scored (hidden)</translation>
    </message>
    <message>
        <source>Opnieuw invullen</source>
        <translation>Fill in again</translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <source>Score van %1 — alleen voor deze partner</source>
        <translation>Score from %1 — for this partner only</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Score (1–5)</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RespondentForm</name>
    <message>
        <source>Naam (mag ook een rol zijn, bijv. &apos;leerkracht groep 2&apos;)</source>
        <translation>Name (may also be a role, e.g. &apos;Reception class teacher&apos;)</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Rol in dit traject</source>
        <translation>&amp;Role in this trajectory</translation>
    </message>
    <message>
        <source>Typ per stelling 1 (helemaal oneens) tot 5 (helemaal eens), of 0 voor weet niet / n.v.t. De cursor gaat vanzelf verder. Ctrl+Enter: volgende respondent.</source>
        <translation>For each statement, type 1 (strongly disagree) to 5 (strongly agree), or 0 for don&apos;t know / not applicable. The cursor moves on by itself. Ctrl+Enter: next respondent.</translation>
    </message>
    <message>
        <source>Toelichting (optioneel)</source>
        <translation>Explanation (optional)</translation>
    </message>
    <message>
        <source>(geen of andere organisatie)</source>
        <translation>(no or another organisation)</translation>
    </message>
    <message>
        <source>Kies of maak een respondent</source>
        <translation>Choose or create a respondent</translation>
    </message>
    <message>
        <source>Nieuwe respondent</source>
        <translation>New respondent</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RoundBar</name>
    <message>
        <source>– nog niet</source>
        <translation>– not yet</translation>
    </message>
    <message>
        <source>1 – nauwelijks</source>
        <translation>1 – hardly</translation>
    </message>
    <message>
        <source>2 – beperkt</source>
        <translation>2 – limited</translation>
    </message>
    <message>
        <source>3 – redelijk</source>
        <translation>3 – moderate</translation>
    </message>
    <message>
        <source>4 – groot</source>
        <translation>4 – high</translation>
    </message>
    <message>
        <source>5 – zeer groot</source>
        <translation>5 – very high</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verborgen ronde&lt;/b&gt; — %1 van %2 partners hebben gescoord. Niemand ziet de scores tot u ze onthult.</source>
        <translation>&lt;b&gt;Hidden round&lt;/b&gt; — %1 of %2 partners have scored. No one sees the scores until you reveal them.</translation>
    </message>
    <message>
        <source>Scores &amp;onthullen</source>
        <translation>&amp;Reveal scores</translation>
    </message>
    <message>
        <source>Scores zijn zichtbaar terwijl ze worden ingevuld. Start een verborgen ronde om te voorkomen dat partners zich op de eerste score richten.</source>
        <translation>Scores are visible while they are being filled in. Start a hidden round to keep partners from anchoring on the first score.</translation>
    </message>
    <message>
        <source>&amp;Verborgen ronde starten</source>
        <translation>Start &amp;hidden round</translation>
    </message>
    <message>
        <source>Alle partners hebben gescoord.</source>
        <translation>All partners have scored.</translation>
    </message>
    <message>
        <source>Nog niet gescoord: %1</source>
        <translation>Not yet scored: %1</translation>
    </message>
    <message>
        <source>Verborgen ronde starten</source>
        <translation>Start hidden round</translation>
    </message>
    <message>
        <source>Er zijn al scores ingevuld. Een nieuwe verborgen ronde begint leeg: de huidige scores worden gewist (met Ongedaan maken terug te halen). Doorgaan?</source>
        <translation>Some scores have already been filled in. A new hidden round starts empty: the current scores are cleared (you can bring them back with Undo). Continue?</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ScoreEdit</name>
    <message>
        <source>1 (oneens) tot 5 (eens); 0, ? of w: weet niet / n.v.t.; Backspace wist</source>
        <translation>1 (disagree) to 5 (agree); 0, ? or w: don&apos;t know / not applicable; Backspace clears</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::SituationEditor</name>
    <message>
        <source>Bouwsteen</source>
        <translation>Building block</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation>Desired</translation>
    </message>
    <message>
        <source>– nog niet</source>
        <translation>– not yet</translation>
    </message>
    <message>
        <source>1 – nauwelijks geregeld</source>
        <translation>1 – hardly in place</translation>
    </message>
    <message>
        <source>2 – matig</source>
        <translation>2 – poor</translation>
    </message>
    <message>
        <source>3 – redelijk</source>
        <translation>3 – moderate</translation>
    </message>
    <message>
        <source>4 – goed</source>
        <translation>4 – good</translation>
    </message>
    <message>
        <source>5 – uitstekend geregeld</source>
        <translation>5 – excellently in place</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Invullen voor deze partner</source>
        <translation>&amp;Fill in for this partner</translation>
    </message>
    <message>
        <source>&amp;Opslaan en verbergen</source>
        <translation>&amp;Save and hide</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Grafiek:</source>
        <translation>&amp;Chart:</translation>
    </message>
    <message>
        <source>Scores van %1 (alleen voor deze partner)</source>
        <translation>Scores from %1 (for this partner only)</translation>
    </message>
    <message>
        <source>Scores van %1</source>
        <translation>Scores from %1</translation>
    </message>
    <message>
        <source>%1 heeft al gescoord; de scores blijven verborgen tot ze worden onthuld. Opnieuw invullen vervangt ze.</source>
        <translation>%1 has already scored; the scores stay hidden until they are revealed. Filling in again replaces them.</translation>
    </message>
    <message>
        <source>Kies een partner en klik op Invullen. De partner vult zelf in; na opslaan wordt het formulier weer leeg.</source>
        <translation>Choose a partner and click Fill in. The partner fills in the scores themselves; after saving, the form is cleared again.</translation>
    </message>
    <message>
        <source>Alle partners (gemiddeld, met spreiding)</source>
        <translation>All partners (average, with spread)</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::TextAnswerEditor</name>
    <message>
        <source>Gezamenlijk antwoord — één punt per regel</source>
        <translation>Joint answer — one point per line</translation>
    </message>
    <message>
        <source>Gezamenlijk antwoord</source>
        <translation>Joint answer</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::TrajectorySession</name>
    <message>
        <source>Antwoord bewerken</source>
        <translation>Edit answer</translation>
    </message>
    <message>
        <source>Status wijzigen</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Keuze wijzigen</source>
        <translation>Change selection</translation>
    </message>
    <message>
        <source>Eerdere versie herstellen</source>
        <translation>Restore earlier version</translation>
    </message>
    <message>
        <source>Inbreng bewerken</source>
        <translation>Edit input</translation>
    </message>
    <message>
        <source>Score wijzigen</source>
        <translation>Change score</translation>
    </message>
    <message>
        <source>Score wissen</source>
        <translation>Clear score</translation>
    </message>
    <message>
        <source>Partner toevoegen</source>
        <translation>Add partner</translation>
    </message>
    <message>
        <source>Partner bewerken</source>
        <translation>Edit partner</translation>
    </message>
    <message numerus="yes">
        <source>%n eigen inbreng(en) bij vragen worden verwijderd</source>
        <translation>
            <numerusform>%n partner contribution to a question will be removed</numerusform>
            <numerusform>%n partner contributions to questions will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) worden verwijderd</source>
        <translation>
            <numerusform>%n score will be removed</numerusform>
            <numerusform>%n scores will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afspraak/afspraken verliezen hun eigenaar</source>
        <translation>
            <numerusform>%n agreement will lose its owner</numerusform>
            <numerusform>%n agreements will lose their owner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afspraak/afspraken verliezen deze partner als bijdrager</source>
        <translation>
            <numerusform>%n agreement will lose this partner as a contributor</numerusform>
            <numerusform>%n agreements will lose this partner as a contributor</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner verwijderen</source>
        <translation>Remove partner</translation>
    </message>
    <message>
        <source>Volgorde wijzigen</source>
        <translation>Change order</translation>
    </message>
    <message>
        <source>Ambitie toevoegen</source>
        <translation>Add ambition</translation>
    </message>
    <message>
        <source>Ambitie bewerken</source>
        <translation>Edit ambition</translation>
    </message>
    <message>
        <source>Ambitie verwijderen</source>
        <translation>Remove ambition</translation>
    </message>
    <message>
        <source>Afspraak toevoegen</source>
        <translation>Add agreement</translation>
    </message>
    <message>
        <source>Afspraak bewerken</source>
        <translation>Edit agreement</translation>
    </message>
    <message>
        <source>Afspraak verwijderen</source>
        <translation>Remove agreement</translation>
    </message>
    <message>
        <source>Verantwoording toevoegen</source>
        <translation>Add accountability</translation>
    </message>
    <message>
        <source>Verantwoording bewerken</source>
        <translation>Edit accountability</translation>
    </message>
    <message>
        <source>Verantwoording verwijderen</source>
        <translation>Remove accountability</translation>
    </message>
    <message>
        <source>Evaluatiemoment toevoegen</source>
        <translation>Add evaluation moment</translation>
    </message>
    <message>
        <source>Evaluatiemoment bewerken</source>
        <translation>Edit evaluation moment</translation>
    </message>
    <message>
        <source>Evaluatiemoment verwijderen</source>
        <translation>Remove evaluation moment</translation>
    </message>
    <message>
        <source>Ronde toevoegen</source>
        <translation>Add round</translation>
    </message>
    <message>
        <source>Ronde bewerken</source>
        <translation>Edit round</translation>
    </message>
    <message>
        <source>Ronde verwijderen</source>
        <translation>Remove round</translation>
    </message>
    <message>
        <source>Respondent toevoegen</source>
        <translation>Add respondent</translation>
    </message>
    <message>
        <source>Respondent bewerken</source>
        <translation>Edit respondent</translation>
    </message>
    <message>
        <source>Respondent verwijderen</source>
        <translation>Remove respondent</translation>
    </message>
    <message>
        <source>Score invoeren</source>
        <translation>Enter score</translation>
    </message>
    <message>
        <source>Toelichting invoeren</source>
        <translation>Enter explanation</translation>
    </message>
    <message>
        <source>Dilemma toevoegen</source>
        <translation>Add dilemma</translation>
    </message>
    <message>
        <source>Dilemma bewerken</source>
        <translation>Edit dilemma</translation>
    </message>
    <message>
        <source>Dilemma verwijderen</source>
        <translation>Remove dilemma</translation>
    </message>
    <message>
        <source>Nu en gewenst wijzigen</source>
        <translation>Change now and desired</translation>
    </message>
    <message>
        <source>Verborgen ronde starten</source>
        <translation>Start hidden round</translation>
    </message>
    <message>
        <source>Scores onthullen</source>
        <translation>Reveal scores</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::WelcomePage</name>
    <message>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Samen van verkenning naar convenant: een gesprek in zes fasen voor de partners rond kinderen en jongeren.</source>
        <translation>Together from exploration to covenant: a conversation in six phases for the partners around children and young people.</translation>
    </message>
    <message>
        <source>&amp;Nieuw traject…</source>
        <translation>&amp;New trajectory…</translation>
    </message>
    <message>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Demo bekijken</source>
        <translation>View the &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Recente bestanden</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Nog geen recente bestanden.</source>
        <translation>No recent files yet.</translation>
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
        <translation>The question catalogue contains errors, so Akkoord cannot start.

%1</translation>
    </message>
    <message>
        <source>Openen mislukt</source>
        <translation>Could not open the file</translation>
    </message>
</context>
</TS>
