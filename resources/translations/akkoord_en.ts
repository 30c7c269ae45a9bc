<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides the partners around children and young people in six phases, from exploring the question to a signed covenant and the yearly account of how it is kept. Works without an internet connection; a trajectory is one file on your own computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software: you may use, study, share and change it under the GNU General Public License, version 3 or any later version. It comes without any warranty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CovenantSettings</name>
    <message>
        <source>Covenant details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title for the header of every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. every year in November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of si&amp;gning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enters into force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On d&amp;ate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;newal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noti&amp;ce period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governing &amp;body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation c&amp;ycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners &amp;share children&apos;s personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-sharing protoco&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the separate data-sharing protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place o&amp;f signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lommerwolde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version is kept. Choose a version to view it and, if needed, restore it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name under which the party is registered, if it differs from the organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;gal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory sea&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Lommerwolde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number, postcode and town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional for public bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the covenant names the party in its first article. The KvK number is optional for public bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. director, alderman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Represents &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date o&amp;f decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete empties the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs under &amp;mandate reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature still needs confirmation by the board or council that gives the mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the menus, the questions and the help texts. Documents have their own language, chosen when they are made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;size on this screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen the room sees when the projector view is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at once; an open trajectory stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House &amp;template for new trajectories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: new trajectories start from the standard wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality&apos;s own wording of the covenant&apos;s articles, saved on the Documents page. Every new trajectory starts from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Indicator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardInfoPage</name>
    <message>
        <source>The trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the partnership about? Everything can be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Growing up with opportunities in Lindeveen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint &amp;issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joint issue, as concretely as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality or region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::AgreementStatus</name>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
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
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>No backup could be made: %1 cannot be written.</source>
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
    <message>
        <source>a text per language is expected, like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one language is needed; the first is the primary one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing translations into &quot;%1&quot;: %2 of %3 texts (the &quot;%4&quot; text is shown instead):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing translations: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the questions&apos; time boxes add up to %1 minutes, more than the phase&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown audience &quot;%1&quot; (all, professionals or parents-young-people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must be lowercase letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is explained more than once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::CovenantTemplate</name>
    <message>
        <source>The house template %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file, so it cannot be a house template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a house template (more than 4 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to read the house template %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a house template: it is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Akkoord house template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Akkoord; please update Akkoord to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not part of a house template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;articles&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: an article needs an &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the field &quot;%3&quot; is not part of an article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: Akkoord has no standard article &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the article &quot;%3&quot; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the text must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the text is longer than Akkoord takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: &quot;enabled&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: the article &quot;%3&quot; is required in every covenant and cannot be left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::DilemmaStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Document</name>
    <message>
        <source>Collaboration covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration agreements for children, young people and their parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undersigned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, subject to mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hereinafter jointly referred to as: the parties,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agree as follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose and ambitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party remains responsible for its own tasks and accounts for them to its own board, council or supervisory body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability and evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties evaluate the collaboration and its results %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following evaluations are planned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant may be cited as: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thus agreed and signed at %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thus agreed and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency per partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread %1 to %2: discuss the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and desired according to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and desired per building block (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread between partners (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trajectory has no title yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The municipality or region has not been filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A covenant needs at least two parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shared ambitions have been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(without description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement ‘%1’ has no owner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the parties will account for their results has not been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the collaboration will be evaluated has not been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score per building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown (too few respondents): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 took part in the self-assessment ‘%1’: %3 from core partners and %4 from outer partners. They rated each statement from 1 (strongly disagree) to 5 (strongly agree); ‘don’t know’ does not count towards the averages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only core partners filled in the questionnaire. How the outer partners experience the collaboration therefore remains invisible; the results only show the core partners’ view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only outer partners filled in the questionnaire. How the core partners experience the collaboration therefore remains invisible; the results only show the outer partners’ view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a one-sided picture. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average and spread per building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average on a scale of 1 to 5, with the spread (standard deviation) in brackets: the larger, the more the answers differ. Groups of fewer than %1 people are not shown, so no one’s answers can be recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two rounds has too few respondents to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average of all respondents per building block in %1 and in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous and latest round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest differences between core and outer partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be determined: that needs at least %1 people from both core and outer partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be determined: that needs at least %1 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners without a respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one person from every partner filled in the questionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one from %1 filled in the questionnaire; their view is missing from these results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents’ comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without names, as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 partners have given their scores. The scores are shown once the facilitator reveals them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden round. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Averages over the partners who gave both scores; spread is the difference between the highest and the lowest score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on average %1 points between now (%2) and desired (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gap — %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current situation gets %1 from %2 and %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desired situation gets %1 from %2 and %3 from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most disagreement — %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled by: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement settles this dilemma yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire is about how you experience the collaboration at the moment. For each statement, say how much you agree, from 1 (strongly disagree) to 5 (strongly agree). Tick one box per statement. If you do not know, or the statement does not fit your work, tick ‘don’t know / n/a’. There are no right or wrong answers: it is about your own experience.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers are only shown combined, per group of at least %1 people. No one gets to see your answers on their own. Below each building block there is room for a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My organisation is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don’t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>don’t know / n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = strongly disagree · 5 = strongly agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Please hand the completed questionnaire to the facilitator%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report of the dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the dialogue on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint issue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion topics from the now-and-desired scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreements; see the chapter Agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the chapter Accountability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners&apos; perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dilemmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These dilemmas have not been settled yet. Take them into account when making the agreements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (still missing: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (answered, not yet discussed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers to questions no longer in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These answers belong to questions that are no longer in the current catalogue. They are kept and shown here as given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not yet for signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject to mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place: %1   Date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT — not yet for signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the covenant cannot be final yet; one thing stands in the way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the covenant cannot be final yet; %1 things stand in the way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: this covenant is a draft; one thing stands in the way of a final version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: this covenant is a draft; %1 things stand in the way of a final version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public body established by joint arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public-law body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private limited company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public limited company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by its mayor, %1, under Article 171(1) of the Municipalities Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, authorised by the mayor under Article 171(2) of the Municipalities Act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, authorised by the mayor under Article 171(2) of the Municipalities Act, acting in implementation of the decision of the municipal executive of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, by power of attorney of the mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, by power of attorney of the mayor dated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, under the rules that govern it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, under its articles of association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, by mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, by mandate granted on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, by power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, represented by %1, by power of attorney dated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, seated in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, having its registered office in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with its office at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, registered with the Chamber of Commerce under number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties take the following into consideration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children and young people grow up best when the organisations around them work together, with each other and with their parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties wish to record their collaboration and the agreements they have made in this covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on behalf of the mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by power of attorney of the mayor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the steering group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work agenda sets out the agreements with a deadline. Under Article %1, %2 may update it without this covenant having to be amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This work agenda sets out the agreements with a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition served: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance and work agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finances and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry into force, term and renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accession of new parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicable law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this covenant the following terms have the meaning given below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covenant: this agreement between the parties, including its annexes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the body in which the parties direct the collaboration together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents: the parents, carers and others who raise a child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of this covenant is that the parties, each from its own task and responsibility, work together so that children, young people and their parents benefit from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Intended result: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To this end the parties pursue the following ambitions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, together with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As regards %1, the parties have agreed the following lasting commitments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties have agreed the following lasting commitments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreements with a deadline are set out in the work agenda annexed to this covenant. They elaborate the commitments in this article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 directs the collaboration under this covenant. Each party that carries out agreements is represented in it by a person who may take decisions on its behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 monitors the progress of the agreements, prepares the evaluations and keeps the other parties informed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may, by joint decision, update the work agenda annexed to this covenant, for example to add an agreement or to change a deadline, without this covenant having to be amended. Each update is recorded in writing and sent to all parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party bears its own costs of carrying out this covenant, unless the work agenda provides otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitments of %1 that require funds are made subject to the approval of the necessary funds by the competent body in the budget concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If funds are not or not fully made available, the party concerned informs the other parties without delay, and the parties consult on the consequences for the work agenda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party is the controller within the meaning of the General Data Protection Regulation for the personal data it processes in carrying out this covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties share personal data of children and their parents only under a separate data-sharing protocol that they adopt before any data are shared. This covenant is not itself a basis for sharing personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties share personal data of children and their parents only under the separate data-sharing protocol ‘%1’, which they adopt before any data are shared. This covenant is not itself a basis for sharing personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the sharing of personal data begins, the parties carry out a data protection impact assessment (DPIA) and take the measures it calls for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant does not provide for the sharing of personal data of children or their parents. Should the parties wish to share such data, they first adopt a separate data-sharing protocol and carry out a data protection impact assessment (DPIA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how often: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties account for the collaboration and its results as follows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 discusses the outcome of each evaluation and, where needed, proposes changes to the work agenda or to this covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant enters into force on %1 and applies for a term of %2 from that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant enters into force on the day on which the last party signs it and applies with retroactive effect from %1, for a term of %2 from that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant enters into force on the day on which the last party signs it and applies for a term of %1 from that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covenant ends by operation of law at the end of its term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unless a party gives notice no later than %1 before the end of the term, the covenant is tacitly renewed for %2 each time, at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later than six months before the end of the term, the parties decide whether they renew the covenant and for how long. A renewal is agreed in writing by all parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal elections or a change in the board of a party do not affect this covenant. After a new municipal executive takes office, the parties discuss the progress with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party may ask the other parties in writing to amend this covenant. The parties consult on the request within six weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment requires the written consent of all parties and is annexed to this covenant. It takes effect on the day on which the last party has signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update of the work agenda by %1 is not an amendment of this covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation that wants to contribute to the purpose of this covenant may accede to it if all parties consent in writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation accedes by signing a statement of accession, which is annexed to this covenant. From the day of that signature it has the same rights and obligations as the other parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party may leave this covenant by giving written notice to the other parties, subject to a notice period of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before its departure takes effect, the party completes the agreements in the work agenda for which it is responsible, or transfers them in consultation with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covenant remains in force between the other parties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the parties differ in opinion about carrying out this covenant, the parties concerned first try to resolve the matter by consulting each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this does not lead to a solution within eight weeks, %1 discusses the matter. The parties may jointly call in an independent mediator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant records the commitment of the parties to work together on its purpose. The parties hold each other to that commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parties do not intend this covenant to create obligations that are enforceable in law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant does not affect the statutory tasks and powers of the parties, nor the powers of their boards, councils and supervisory bodies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant is public. After it has been signed, the municipality publishes it in accordance with the Open Government Act (Woo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant is public. After it has been signed, %1 publishes it in accordance with the Open Government Act (Woo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before publication, personal data other than the names and functions of the signatories are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This covenant is governed by Dutch law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work agenda is annexed to this covenant as Annex 1. The annexes to this covenant form part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an annex conflicts with the articles of this covenant, the articles prevail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>function of the signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basis of representation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recital: the joint issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recital: what the exploration found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: what children notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children notice the result, for example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: what parents notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents notice the result, for example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance: the municipality&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Governance: how the collaboration lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement ‘%1’ is still a proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no agreed agreements yet for the building block %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dilemma ‘%1’ is still open while agreements depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still signs subject to a mandate reservation (to be confirmed by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still signs subject to a mandate reservation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not fully identified; missing: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place of signing has not been filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of signing has not been filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of entry into force has not been filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covenant would enter into force on %1, before it is signed on %2; choose a later date, the last signature, or retroactive effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data are shared, but the data-sharing protocol has not been named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article ‘%1’ is required and cannot be switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recital has been accepted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a department of %2 rather than a party of its own; a covenant is signed by the legal entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a department rather than a legal entity; a covenant is signed by the legal entity it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abbreviations and terms this report uses, in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work agenda: the annex to this covenant that sets out the dated agreements, each with who carries it out, by when and with what resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each party contributes to the purpose of this covenant from its own task and expertise, and puts in the people and resources needed for the agreements it has taken on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party that makes resources available for an agreement does so under its own rules and procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This questionnaire is for parents and young people. It asks how you experience the way the organisations around children work together. For each statement, say how much you agree, from 1 (strongly disagree) to 5 (strongly agree). Tick one box per statement. If you do not know, tick ‘don’t know / n/a’. There are no right or wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I fill this in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the content: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy with the same reference has the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference at the foot of each page is calculated from the content: a copy with the same reference has the same content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comments from partners with fewer than %2 respondents are left out, so that no one can be recognised by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who: not yet decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer has been agreed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open dilemmas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most recent session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Domain</name>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appropriate-education partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welfare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety and police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sport and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::EntryIntoForce</name>
    <message>
        <source>On the day the last party signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a chosen date after signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With retroactive effect from a chosen date</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>this list holds %L1 entries; Akkoord takes at most %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text is %L1 bytes long; Akkoord takes at most %L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this list&apos;s texts are longer than the %L1 bytes Akkoord takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a covenant text&apos;s key starts with &quot;article.&quot; or &quot;clause.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number must be between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Language</name>
    <message>
        <source>English</source>
        <comment>the name of this translation&apos;s language, in that language</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::LegalForm</name>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality (public body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint arrangement (public body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private limited company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public limited company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other legal form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Renewal</name>
    <message>
        <source>Not renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed tacitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed only by a joint decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Representation</name>
    <message>
        <source>Not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By law or by the articles of association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::Role</name>
    <message>
        <source>Core partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::SafeWrite</name>
    <message>
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is too long for this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link; Akkoord does not write through links. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device, a pipe or a socket); Akkoord writes only files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the file being read; choose another name for the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full or the folder read-only?); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::TrajectoryFile</name>
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
        <source>This text is too large to be saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be used: %2.</source>
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
        <source>%1 is already open in another Akkoord window. Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Akkoord window (%2). Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being saved by another Akkoord window right now; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal beside %1 did not belong to it and was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link that leads back to itself; it is not an Akkoord file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is too long for this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no permission to read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
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
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket); Akkoord opens only files.</source>
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
        <source>%1 is a database, but not an Akkoord file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Akkoord; please update Akkoord to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sound Akkoord file: it holds tables, views or triggers that Akkoord does not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely. Open one of its backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes too long to read: it is damaged or was made to stall programs, so it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not an Akkoord file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal beside %1 did not belong to it and was not applied; it is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal of an earlier file named %1 is in the way and cannot be moved aside; remove %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a text of more than %2 million characters (%3), more than Akkoord reads, so it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (it or its folder is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the last change to %1 could not be saved. Free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (a disk or network error); check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was moved or removed while it was open, so the last change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %L2 records in one list (%3), more than Akkoord takes, so it is not opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::TrajectorySession</name>
    <message>
        <source>Edit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore earlier version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n partner contributions to questions will be removed</source>
        <translation>
            <numerusform>%n partner contribution to a question will be removed</numerusform>
            <numerusform>%n partner contributions to questions will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scores will be removed</source>
        <translation>
            <numerusform>%n score will be removed</numerusform>
            <numerusform>%n scores will be removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements will lose their owner</source>
        <translation>
            <numerusform>%n agreement will lose its owner</numerusform>
            <numerusform>%n agreements will lose their owner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements will lose this partner as a contributor</source>
        <translation>
            <numerusform>%n agreement will lose this partner as a contributor</numerusform>
            <numerusform>%n agreements will lose this partner as a contributor</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change now and desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evaluation moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit evaluation moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove evaluation moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your text is kept and saved as soon as that works again; you can also save a copy elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit covenant text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply house template</source>
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
        <source>Use the catalogue in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the document as a draft (CONCEPT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord file to report on</source>
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
        <source>Something unexpected went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the document, e.g. nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord %1 — guided partnership dialogue for youth and child services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>akkoord: this build has no window; give a command (see akkoord --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the covenant wording of this house template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: akkoord template check FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a sound house template (%2); articles worded or left out: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the final covenant; refused while anything stands in the way of signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the questionnaire: all, professionals or parents-young-people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience is all, professionals or parents-young-people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--audience is for the questionnaire (--kind vragenlijst).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  akkoord [FILE.akkoord]                       open the program (on FILE)
  akkoord new FILE.akkoord --title &quot;…&quot;          create an empty trajectory
        [--municipality &quot;…&quot;] [--facilitator &quot;…&quot;] [--issue &quot;…&quot;] [--template HOUSE.akkoord-template]
  akkoord export FILE.akkoord -o OUT.json      write everything in FILE as JSON (-o - for stdout)
        [--force]                              replace OUT if it exists
  akkoord import IN.json -o FILE.akkoord       make a new file from an export
  akkoord demo -o FILE.akkoord                 write the demo trajectory
  akkoord catalog check [DIR] [--json]         validate a question catalogue
  akkoord template check FILE…                 validate house templates (covenant wording)
  akkoord restore FILE.akkoord --list          list the automatic backups of FILE
  akkoord restore FILE.akkoord [--backup N] -o OUT.akkoord   restore a backup (1 = newest)
  akkoord report FILE.akkoord --kind convenant|sessie|vragenlijst -o OUT.pdf|OUT.odt
        [--lang nl|en] [--draft|--final] [--force] [--audience professionals|parents-young-people]
                                               write the covenant, the session report or a blank
                                               self-assessment questionnaire for paper

Options:
  --catalog DIR      use the catalogue in DIR instead of the built-in one
  --lang nl|en       language of the interface and the catalogue
  -h, --help         show this help
  -v, --version      show the version
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AboutDialog</name>
    <message>
        <source>Akkoord %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question catalogue %1 · Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AccountabilityEditor</name>
    <message>
        <source>Add accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evaluation moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In what form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. progress on the agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. municipal council, boards, parents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. every year in October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a joint report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do we evaluate, and with whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation moment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AgreementsEditor</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Building block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet described)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do we agree on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No later than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours, money, accommodation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do we know it works?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves ambition(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions that an agreement in this building block answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled ambition)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AmbitionsEditor</name>
    <message>
        <source>Add ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do children and parents gain from it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: every child starts Year 2 with good language skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intended result for children and parents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AssessmentPage</name>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An honest look at the partnership: every respondent rates statements for each building block. Most valuable are the places where core and outer partners see things differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let respondents fill it in themselves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this round with all its respondents and answers? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-assessment.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the questionnaire and choose Done. Your answers are then hidden from the next person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondents per partner — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondent yet from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AssessmentResultsView</name>
    <message>
        <source>%1 (± %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outer partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest differences between core and outer partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most disagreement between respondents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round yet. Choose New round to start a self-assessment, or print a blank questionnaire from Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 respondents: %2 from core partners, %3 from outer partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only outer partners have answered: this picture is one-sided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only core partners have answered: this picture is one-sided. Ask the outer partners for their view as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 core partners: their results are not shown separately, so that no one can be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 outer partners: their results are not shown separately, so that no one can be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No respondent yet from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — core %2, outer %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few respondents in one of the two groups to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — spread %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ChecklistEditor</name>
    <message>
        <source>Explanation, for example which municipal departments are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First add partners on the Partners page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::CovenantWording</name>
    <message>
        <source>Articles and clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick an optional article to include it; select an article or a clause to read or reword it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recitals and clauses from the dialogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the standard text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text in the covenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the covenant yet: accept the proposal or write the text yourself. Clearing the text takes it out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save wording as &amp;house template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the wording of the standard articles, and which optional ones are off, as a file colleagues can use for their trajectories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appl&amp;y house template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the wording of the standard articles with a house template&apos;s; the clauses from the dialogue stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save house template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House templates (*.akkoord-template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply house template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House template not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (does not apply here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article does not apply to this trajectory, so the covenant leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: untick it to leave it out of the covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every covenant has this article: it cannot be switched off, but its wording can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: in the covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted yet: not in the covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recitals and clauses from the dialogue (%1 of %2 accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own wording for this trajectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard wording, with this trajectory&apos;s facts filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article does not apply to this trajectory, so the covenant leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off: the covenant leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty line starts a new paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from the dialogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialogue has nothing for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted as proposed: in the covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted in your own words: in the covenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: the covenant leaves it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::DilemmaEditor</name>
    <message>
        <source>Dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add your own dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no dilemmas in the register yet. Choose a common dilemma from the list, or add a dilemma the group names itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the register, %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dilemma in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is the tension, and for whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First add partners on the Partners page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others, for example parents of toddlers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who is affected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: an escalation route, a joint budget or a standing consultation group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How do we handle it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements that settle the dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no agreements yet. They are made in the Develop phase; then link the dilemma here to the agreement that settles it. Until then, the dilemma stays visible there as open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which a&amp;greement settles it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a common dilemma from the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All dilemmas from the list are already in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the dilemma ‘%1’ from the register? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet described)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the list of common dilemmas; feel free to adapt the text to your own situation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::DocumentsPage</name>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment questionnaire (blank)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft while anything is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change covenant details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Preview: %n page</numerusform>
            <numerusform>Preview: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>covenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument Text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing for a covenant to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an item, or press Enter, to go to the place to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stands in the way of a covenant to sign: the parties, their representation, the agreements and the arrangements for its term are all in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still standing in the way of a covenant to sign (you can make a draft in the meantime). Double-click an item to go to the place to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies before the date of signing: a covenant cannot enter into force before it is signed. Choose a later date, or &quot;%1&quot; if that is what the parties intend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::FileController</name>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

There is an automatic backup from %2. Open it? It is saved as a new file; the original file stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checked, sound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (damaged when made)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup. It is saved as a new file beside this one and opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord trajectories (*.akkoord);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save trajectory as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord trajectories (*.akkoord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo is missing from this version of Akkoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name other than that of the open file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::GapsEditor</name>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ‘now and desired’ round in %1 is still hidden. Reveal the scores there to discuss them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scores for now and desired yet. Have the partners score each building block in %1; the analysis then appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Largest gap&lt;/b&gt; — %1: %2 points on average (now %3, desired %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Most disagreement&lt;/b&gt; — %1: partners differ by %2 points on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desired situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notable gap or disagreement: the partners see it roughly the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics for discussion:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abbreviations and terms the questions and documents use, in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue has no glossary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::HistoryDialog</name>
    <message>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot be read, so it cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::HistoryModel</name>
    <message>
        <source>This version cannot be read; it is shown as saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New trajectory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next p&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ph&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgUp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projector on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector s&amp;hows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;current question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-assessment &amp;results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;pause screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use screen on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start/pause the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eset the clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer per &amp;question instead of per phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::MainWindow</name>
    <message>
        <source>Partners</source>
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
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are saved immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything has been saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes could not be saved. Close anyway? Choose Cancel and save a copy elsewhere first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::NewTrajectoryWizard</name>
    <message>
        <source>New trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which organisations take part? Parents and young people belong from the very start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The covenant&apos;s wording starts from the house template %1 (Edit ▸ Preferences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house template cannot be used, so the covenant starts from the standard wording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House template not applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::OpenDilemmasPanel</name>
    <message>
        <source>In Analyse, link the dilemma to the agreement that settles it, and set it to Settled there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemmas still open (%1) — what the agreements still need to settle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet agreed how we handle it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approach: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::OptionalDateEdit</name>
    <message>
        <source>not set</source>
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
        <source>The organisations working together, with their role and who signs on their behalf. Core partners carry the trajectory; outer partners join in where it concerns them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1?

This has consequences:
• %2

You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On what basis the signatory represents the organisation: by law or the articles of association, by mandate, or by a power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the mandate, the power of attorney or the college decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when the board or council confirms the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A municipality is represented by its mayor (by law), or by a wethouder by mandate (art. 171 Gemeentewet): then give the date of the college decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the mandate or power of attorney.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature under mandate reservation is final only once it is confirmed; the covenant cannot be final before then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PerspectivesEditor</name>
    <message>
        <source>All partners have given their input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No input yet from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PhasePage</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the facilitator (about %1 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples from practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this example in the answer, to adapt it afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input per partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PreferencesDialog</name>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: the second screen when there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House template for new trajectories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House templates (*.akkoord-template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House template not used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ProjectorController</name>
    <message>
        <source>Timer (F6 start/pause, Shift+F6 reset, Ctrl+F6 add a minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up for this part.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ProjectorWindow</name>
    <message>
        <source>Akkoord — projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as respondents have filled in the questionnaire, the picture for each building block appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results per building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners have scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners have given their input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet heard from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden round: %1 of %2 partners have scored.
The scores appear here all at once as soon as they are revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scores for now and desired are still hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up  +%1</source>
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
        <source>Score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ scored (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score from %1 — for this partner only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RespondentForm</name>
    <message>
        <source>Name (may also be a role, e.g. &apos;Reception class teacher&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role in this trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each statement, type 1 (strongly disagree) to 5 (strongly agree), or 0 for don&apos;t know / not applicable. The cursor moves on by itself. Ctrl+Enter: next respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no or another organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or create a respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New respondent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RoundBar</name>
    <message>
        <source>– not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – hardly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – very high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden round&lt;/b&gt; — %1 of %2 partners have scored. No one sees the scores until you reveal them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores are visible while they are being filled in. Start a hidden round to keep partners from anchoring on the first score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;hidden round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners have scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet scored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start hidden round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some scores have already been filled in. A new hidden round starts empty: the current scores are cleared (you can bring them back with Undo). Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ScoreEdit</name>
    <message>
        <source>1 (disagree) to 5 (agree); 0, ? or w: don&apos;t know / not applicable; Backspace clears</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::SituationEditor</name>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All partners (average, with spread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – hardly in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – excellently in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fill in for this partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from %1 (for this partner only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already scored; the scores stay hidden until they are revealed. Filling in again replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a partner and click Fill in. The partner fills in the scores themselves; after saving, the form is cleared again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::TextAnswerEditor</name>
    <message>
        <source>Joint answer — one point per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joint answer</source>
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
        <source>Together from exploration to covenant: a conversation in six phases for the partners around children and young people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New trajectory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files yet.</source>
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
        <source>Cannot tell which format to write for %1; use a name ending in .pdf or .odt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chart in this document is too large to draw; the document was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is too large to make: laying it out would take about %1 MB of memory, more than the %2 MB Akkoord allows itself. Shorten the longest texts or remove records, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The question catalogue contains errors, so Akkoord cannot start.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
