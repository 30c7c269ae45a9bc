<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Akkoord</source>
        <translation>Over Akkoord</translation>
    </message>
    <message>
        <source>Guides the partners around children and young people in six phases, from exploring the question to a signed covenant and the yearly account of how it is kept. Works without an internet connection; a trajectory is one file on your own computer.</source>
        <translation>Begeleidt de partners rond kinderen en jongeren in zes fasen, van het verkennen van de vraag tot een ondertekend convenant en de jaarlijkse verantwoording over de afspraken. Werkt zonder internetverbinding; een traject is één bestand op uw eigen computer.</translation>
    </message>
    <message>
        <source>Free software: you may use, study, share and change it under the GNU General Public License, version 3 or any later version. It comes without any warranty.</source>
        <translation>Vrije software: u mag het gebruiken, bestuderen, delen en aanpassen onder de GNU General Public License, versie 3 of een latere versie. Er wordt geen enkele garantie gegeven.</translation>
    </message>
</context>
<context>
    <name>CovenantSettings</name>
    <message>
        <source>Covenant details</source>
        <translation>Gegevens van het convenant</translation>
    </message>
    <message>
        <source>S&amp;hort title</source>
        <translation>&amp;Korte titel</translation>
    </message>
    <message>
        <source>Short title for the header of every page</source>
        <translation>Korte titel voor de kop van elke pagina</translation>
    </message>
    <message>
        <source>&amp;Term</source>
        <translation>&amp;Looptijd</translation>
    </message>
    <message>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <source>e.g. every year in November</source>
        <translation>bijv. jaarlijks in november</translation>
    </message>
    <message>
        <source>Date of si&amp;gning</source>
        <translation>Datum van &amp;ondertekening</translation>
    </message>
    <message>
        <source>&amp;Enters into force</source>
        <translation>Treedt in &amp;werking</translation>
    </message>
    <message>
        <source>On d&amp;ate</source>
        <translation>Op da&amp;tum</translation>
    </message>
    <message>
        <source>Re&amp;newal</source>
        <translation>Verle&amp;nging</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Verlengd</translation>
    </message>
    <message>
        <source>for</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>Noti&amp;ce period</source>
        <translation>Op&amp;zegtermijn</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Governing &amp;body</source>
        <translation>&amp;Bestuurlijk orgaan</translation>
    </message>
    <message>
        <source>e.g. the steering group</source>
        <translation>bijv. de stuurgroep</translation>
    </message>
    <message>
        <source>Evaluation c&amp;ycle</source>
        <translation>Evaluatie&amp;cyclus</translation>
    </message>
    <message>
        <source>Partners &amp;share children&apos;s personal data</source>
        <translation>Partners d&amp;elen persoonsgegevens van kinderen</translation>
    </message>
    <message>
        <source>Data-sharing protoco&amp;l</source>
        <translation>Protocol &amp;gegevensdeling</translation>
    </message>
    <message>
        <source>Name of the separate data-sharing protocol</source>
        <translation>Naam van het afzonderlijke protocol voor gegevensdeling</translation>
    </message>
    <message>
        <source>Place o&amp;f signing</source>
        <translation>Plaat&amp;s van ondertekening</translation>
    </message>
    <message>
        <source>e.g. Lommerwolde</source>
        <translation>bijv. Lommerwolde</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Every saved version is kept. Choose a version to view it and, if needed, restore it.</source>
        <translation>Elke opgeslagen versie blijft bewaard. Kies een versie om haar te bekijken en zo nodig terug te zetten.</translation>
    </message>
</context>
<context>
    <name>PartnerForm</name>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Domain</source>
        <translation>&amp;Domein</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation>&amp;Contactpersoon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Organisation and contact</source>
        <translation>Organisatie en contact</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificatie</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>&amp;Statutaire naam</translation>
    </message>
    <message>
        <source>The name under which the party is registered, if it differs from the organisation name</source>
        <translation>De naam waaronder de partij is ingeschreven, als die afwijkt van de naam van de organisatie</translation>
    </message>
    <message>
        <source>Le&amp;gal form</source>
        <translation>Rec&amp;htsvorm</translation>
    </message>
    <message>
        <source>Statutory sea&amp;t</source>
        <translation>Statutaire &amp;zetel</translation>
    </message>
    <message>
        <source>e.g. Lommerwolde</source>
        <translation>bijv. Lommerwolde</translation>
    </message>
    <message>
        <source>Addre&amp;ss</source>
        <translation>&amp;Adres</translation>
    </message>
    <message>
        <source>Street and number, postcode and town</source>
        <translation>Straat en huisnummer, postcode en plaats</translation>
    </message>
    <message>
        <source>&amp;KvK number</source>
        <translation>&amp;KvK-nummer</translation>
    </message>
    <message>
        <source>Optional for public bodies</source>
        <translation>Niet verplicht voor overheden</translation>
    </message>
    <message>
        <source>As the covenant names the party in its first article. The KvK number is optional for public bodies.</source>
        <translation>Zoals het convenant de partij in het eerste artikel noemt. Het KvK-nummer is niet verplicht voor overheden.</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>Pos&amp;ition</source>
        <translation>F&amp;unctie</translation>
    </message>
    <message>
        <source>e.g. director, alderman</source>
        <translation>bijv. directeur-bestuurder, wethouder</translation>
    </message>
    <message>
        <source>Represents &amp;by</source>
        <translation>Vertegen&amp;woordiging</translation>
    </message>
    <message>
        <source>Date o&amp;f decision</source>
        <translation>Datum &amp;besluit</translation>
    </message>
    <message>
        <source>Delete empties the date</source>
        <translation>Delete maakt de datum leeg</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Datum leegmaken</translation>
    </message>
    <message>
        <source>Signs under &amp;mandate reservation</source>
        <translation>Tekent onder voorbehoud van &amp;mandaat</translation>
    </message>
    <message>
        <source>The signature still needs confirmation by the board or council that gives the mandate</source>
        <translation>De handtekening moet nog worden bevestigd door het bestuur of de raad die het mandaat geeft</translation>
    </message>
    <message>
        <source>Confirmed b&amp;y</source>
        <translation>Bevestigd uiterl&amp;ijk</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>The language of the menus, the questions and the help texts. Documents have their own language, chosen when they are made.</source>
        <translation>De taal van de menu’s, de vragen en de hulpteksten. Documenten hebben een eigen taal, die u kiest wanneer u ze maakt.</translation>
    </message>
    <message>
        <source>Text &amp;size on this screen:</source>
        <translation>Tekst&amp;grootte op dit scherm:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Projector screen:</source>
        <translation>&amp;Projectiescherm:</translation>
    </message>
    <message>
        <source>The screen the room sees when the projector view is shown.</source>
        <translation>Het scherm dat de zaal ziet wanneer de projectieweergave wordt getoond.</translation>
    </message>
    <message>
        <source>The language changes at once; an open trajectory stays open.</source>
        <translation>De taal verandert direct; een geopend traject blijft open.</translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>House &amp;template for new trajectories:</source>
        <translation>&amp;Huissjabloon voor nieuwe trajecten:</translation>
    </message>
    <message>
        <source>None: new trajectories start from the standard wording</source>
        <translation>Geen: nieuwe trajecten beginnen bij de standaardtekst</translation>
    </message>
    <message>
        <source>A municipality&apos;s own wording of the covenant&apos;s articles, saved on the Documents page. Every new trajectory starts from it.</source>
        <translation>De eigen tekst van een gemeente voor de artikelen van het convenant, opgeslagen op de pagina Documenten. Elk nieuw traject begint ermee.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Wissen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Indicator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Dat lukte niet</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Uiterlijk: %1</translation>
    </message>
    <message>
        <source>Resources: %1</source>
        <translation>Middelen: %1</translation>
    </message>
    <message>
        <source>Target value: %1</source>
        <translation>Streefwaarde: %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
</context>
<context>
    <name>WizardInfoPage</name>
    <message>
        <source>The trajectory</source>
        <translation>Het traject</translation>
    </message>
    <message>
        <source>What is the partnership about? Everything can be changed later.</source>
        <translation>Waar gaat de samenwerking over? Alles is later nog aan te passen.</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titel *</translation>
    </message>
    <message>
        <source>For example: Growing up with opportunities in Lindeveen</source>
        <translation>Bijvoorbeeld: Kansrijk opgroeien in Lindeveen</translation>
    </message>
    <message>
        <source>Joint &amp;issue</source>
        <translation>Gezamenlijk &amp;vraagstuk</translation>
    </message>
    <message>
        <source>The joint issue, as concretely as possible</source>
        <translation>Het gezamenlijke vraagstuk, zo concreet mogelijk</translation>
    </message>
    <message>
        <source>&amp;Municipality or region</source>
        <translation>&amp;Gemeente of regio</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Begeleider</translation>
    </message>
</context>
<context>
    <name>akkoord::AgreementStatus</name>
    <message>
        <source>Proposed</source>
        <translation>Voorstel</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Afgesproken</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gerealiseerd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Vervallen</translation>
    </message>
</context>
<context>
    <name>akkoord::AnswerStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Akkoord</translation>
    </message>
</context>
<context>
    <name>akkoord::Backups</name>
    <message>
        <source>No backup could be made: the folder %1 cannot be created.</source>
        <translation>Er kon geen reservekopie worden gemaakt: de map %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the restored file.</source>
        <translation>%1 bestaat al; kies een andere naam voor het teruggezette bestand.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1 (is the disk full or the folder read-only?).</source>
        <translation>De reservekopie kon niet naar %1 worden gekopieerd (is de schijf vol of de map alleen-lezen?).</translation>
    </message>
    <message>
        <source>The restored file could not be written as %1.</source>
        <translation>Het teruggezette bestand kon niet als %1 worden geschreven.</translation>
    </message>
    <message>
        <source>No backup could be made: %1 cannot be written.</source>
        <translation>Er kon geen reservekopie worden gemaakt: %1 kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>akkoord::Catalog</name>
    <message>
        <source>an object {…} is expected</source>
        <translation>hier wordt een object {…} verwacht</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>onbekend veld</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>text is expected</source>
        <translation>hier wordt tekst verwacht</translation>
    </message>
    <message>
        <source>a whole number of zero or more is expected</source>
        <translation>hier wordt een geheel getal van nul of meer verwacht</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>hier wordt true of false verwacht</translation>
    </message>
    <message>
        <source>not a language of this catalogue</source>
        <translation>geen taal van deze catalogus</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>a list […] is expected</source>
        <translation>hier wordt een lijst […] verwacht</translation>
    </message>
    <message>
        <source>at least %1 example is needed</source>
        <translation>er zijn minstens %1 voorbeelden nodig</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used more than once</source>
        <translation>de id &quot;%1&quot; komt meer dan eens voor</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>het bestand ontbreekt</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>het bestand kan niet worden gelezen</translation>
    </message>
    <message>
        <source>the file is larger than 16 MB</source>
        <translation>het bestand is groter dan 16 MB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>geen geldige JSON bij byte %1: %2</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>meer dan %1 niveaus diep genest</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must look like &quot;%2.some-name&quot; (lowercase letters, digits, hyphens)</source>
        <translation>de id &quot;%1&quot; moet de vorm &quot;%2.een-naam&quot; hebben (kleine letters, cijfers, koppeltekens)</translation>
    </message>
    <message>
        <source>this Akkoord reads catalogue format %1</source>
        <translation>deze versie van Akkoord leest catalogusformaat %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;, the name of the file</source>
        <translation>moet &quot;%1&quot; zijn, de naam van het bestand</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;</source>
        <translation>onbekende soort &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a phase works best with 6 to 12 questions; this one has %1</source>
        <translation>een fase werkt het best met 6 tot 12 vragen; deze heeft er %1</translation>
    </message>
    <message>
        <source>unknown building block &quot;%1&quot;</source>
        <translation>onbekende bouwsteen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a building block needs covenant-builder questions</source>
        <translation>een bouwsteen heeft vragen voor de convenantbouwer nodig</translation>
    </message>
    <message>
        <source>a building block needs self-assessment statements</source>
        <translation>een bouwsteen heeft stellingen voor de zelfevaluatie nodig</translation>
    </message>
    <message>
        <source>the building block &quot;%1&quot; is missing</source>
        <translation>de bouwsteen &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>the catalogue folder does not exist</source>
        <translation>de catalogusmap bestaat niet</translation>
    </message>
    <message>
        <source>this Akkoord reads catalogue format %1, not %2</source>
        <translation>deze versie van Akkoord leest catalogusformaat %1, niet %2</translation>
    </message>
    <message>
        <source>a language code such as &quot;nl&quot; is expected</source>
        <translation>hier wordt een taalcode zoals &quot;nl&quot; verwacht</translation>
    </message>
    <message>
        <source>a phase id is expected</source>
        <translation>hier wordt een fase-id verwacht</translation>
    </message>
    <message>
        <source>the phases must be, in this order: %1</source>
        <translation>de fasen moeten zijn, in deze volgorde: %1</translation>
    </message>
    <message>
        <source>Catalogue %1 (version %2): %3 phases with %4 questions and %5 examples; %6 building blocks with %7 covenant questions and %8 statements; %9 reference topics, %10 dilemmas.</source>
        <translation>Catalogus %1 (versie %2): %3 fasen met %4 vragen en %5 voorbeelden; %6 bouwstenen met %7 convenantvragen en %8 stellingen; %9 naslagonderwerpen, %10 dilemma&apos;s.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>ingebouwd</translation>
    </message>
    <message>
        <source>Errors: %1, warnings: %2.</source>
        <translation>Fouten: %1, waarschuwingen: %2.</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>a text per language is expected, like %1</source>
        <translation>een tekst per taal wordt verwacht, zoals %1</translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is listed more than once</source>
        <translation>de taal &quot;%1&quot; staat er meer dan eens in</translation>
    </message>
    <message>
        <source>at least one language is needed; the first is the primary one</source>
        <translation>er is minstens één taal nodig; de eerste is de hoofdtaal</translation>
    </message>
    <message>
        <source>Missing translations into &quot;%1&quot;: %2 of %3 texts (the &quot;%4&quot; text is shown instead):</source>
        <translation>Ontbrekende vertalingen in het &quot;%1&quot;: %2 van %3 teksten (de &quot;%4&quot;-tekst wordt getoond):</translation>
    </message>
    <message>
        <source>missing translation</source>
        <translation>vertaling ontbreekt</translation>
    </message>
    <message>
        <source>Missing translations: %1.</source>
        <translation>Ontbrekende vertalingen: %1.</translation>
    </message>
    <message>
        <source>the questions&apos; time boxes add up to %1 minutes, more than the phase&apos;s %2</source>
        <translation>de tijden van de vragen tellen op tot %1 minuten, meer dan de %2 van de fase</translation>
    </message>
    <message>
        <source>unknown audience &quot;%1&quot; (all, professionals or parents-young-people)</source>
        <translation>onbekende doelgroep &quot;%1&quot; (all, professionals of parents-young-people)</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; must be lowercase letters, digits and hyphens</source>
        <translation>de id &quot;%1&quot; mag alleen kleine letters, cijfers en koppeltekens bevatten</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; is explained more than once</source>
        <translation>de term &quot;%1&quot; wordt meer dan eens uitgelegd</translation>
    </message>
</context>
<context>
    <name>akkoord::CovenantTemplate</name>
    <message>
        <source>The house template %1 does not exist.</source>
        <translation>Het huisstijlsjabloon %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is not a file, so it cannot be a house template.</source>
        <translation>%1 is geen bestand en kan dus geen huisstijlsjabloon zijn.</translation>
    </message>
    <message>
        <source>%1 is too large to be a house template (more than 4 MB).</source>
        <translation>%1 is te groot voor een huisstijlsjabloon (meer dan 4 MB).</translation>
    </message>
    <message>
        <source>You have no permission to read the house template %1.</source>
        <translation>U hebt geen toestemming om het huisstijlsjabloon %1 te lezen.</translation>
    </message>
    <message>
        <source>%1 is not a house template: it is not valid JSON.</source>
        <translation>%1 is geen huisstijlsjabloon: het is geen geldige JSON.</translation>
    </message>
    <message>
        <source>%1 is not an Akkoord house template.</source>
        <translation>%1 is geen huisstijlsjabloon van Akkoord.</translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation>%1 heeft geen geldige formaatversie.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Akkoord; please update Akkoord to use it.</source>
        <translation>%1 is gemaakt met een nieuwere versie van Akkoord; werk Akkoord bij om het te gebruiken.</translation>
    </message>
    <message>
        <source>%1: the field &quot;%2&quot; is not part of a house template.</source>
        <translation>%1: het veld &quot;%2&quot; hoort niet in een huisstijlsjabloon.</translation>
    </message>
    <message>
        <source>%1: the name must be text.</source>
        <translation>%1: de naam moet tekst zijn.</translation>
    </message>
    <message>
        <source>%1: &quot;articles&quot; must be a list.</source>
        <translation>%1: &quot;articles&quot; moet een lijst zijn.</translation>
    </message>
    <message>
        <source>%1, %2: an article needs an &quot;id&quot;.</source>
        <translation>%1, %2: een artikel heeft een &quot;id&quot; nodig.</translation>
    </message>
    <message>
        <source>%1, %2: the field &quot;%3&quot; is not part of an article.</source>
        <translation>%1, %2: het veld &quot;%3&quot; hoort niet bij een artikel.</translation>
    </message>
    <message>
        <source>%1, %2: Akkoord has no standard article &quot;%3&quot;.</source>
        <translation>%1, %2: Akkoord heeft geen standaardartikel &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1, %2: the article &quot;%3&quot; is listed twice.</source>
        <translation>%1, %2: het artikel &quot;%3&quot; staat er twee keer in.</translation>
    </message>
    <message>
        <source>%1, %2: the text must be text.</source>
        <translation>%1, %2: de tekst moet tekst zijn.</translation>
    </message>
    <message>
        <source>%1, %2: the text is longer than Akkoord takes.</source>
        <translation>%1, %2: de tekst is langer dan Akkoord aankan.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;enabled&quot; must be true or false.</source>
        <translation>%1, %2: &quot;enabled&quot; moet true of false zijn.</translation>
    </message>
    <message>
        <source>%1, %2: the article &quot;%3&quot; is required in every covenant and cannot be left out.</source>
        <translation>%1, %2: het artikel &quot;%3&quot; hoort in elk convenant en kan niet worden weggelaten.</translation>
    </message>
</context>
<context>
    <name>akkoord::DilemmaStatus</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Beslecht</translation>
    </message>
</context>
<context>
    <name>akkoord::Document</name>
    <message>
        <source>Collaboration covenant</source>
        <translation>Samenwerkingsconvenant</translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>Annex %1</source>
        <translation>Bijlage %1</translation>
    </message>
    <message>
        <source>Collaboration agreements for children, young people and their parents</source>
        <translation>Samenwerkingsafspraken voor kinderen, jongeren en hun ouders</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>The parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>The undersigned:</source>
        <translation>De ondergetekenden:</translation>
    </message>
    <message>
        <source>, represented by %1</source>
        <translation>, vertegenwoordigd door %1</translation>
    </message>
    <message>
        <source>, subject to mandate</source>
        <translation>, onder voorbehoud van mandaat</translation>
    </message>
    <message>
        <source>hereinafter jointly referred to as: the parties,</source>
        <translation>hierna gezamenlijk te noemen: partijen,</translation>
    </message>
    <message>
        <source>Recitals</source>
        <translation>Overwegingen</translation>
    </message>
    <message>
        <source>agree as follows.</source>
        <translation>komen het volgende overeen.</translation>
    </message>
    <message>
        <source>Purpose and ambitions</source>
        <translation>Doel en ambities</translation>
    </message>
    <message>
        <source>Each party remains responsible for its own tasks and accounts for them to its own board, council or supervisory body.</source>
        <translation>Iedere partij blijft verantwoordelijk voor de eigen taken en legt daarover verantwoording af aan het eigen bestuur, de eigen raad of toezichthouder.</translation>
    </message>
    <message>
        <source>Resources: </source>
        <translation>Middelen: </translation>
    </message>
    <message>
        <source>Indicator: </source>
        <translation>Indicator: </translation>
    </message>
    <message>
        <source>Target: </source>
        <translation>Streefwaarde: </translation>
    </message>
    <message>
        <source>Accountability and evaluation</source>
        <translation>Verantwoording en evaluatie</translation>
    </message>
    <message>
        <source>The parties evaluate the collaboration and its results %1.</source>
        <translation>Partijen evalueren de samenwerking en de resultaten %1.</translation>
    </message>
    <message>
        <source>The following evaluations are planned:</source>
        <translation>De volgende evaluatiemomenten zijn vastgelegd:</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>Geschillen</translation>
    </message>
    <message>
        <source>This covenant may be cited as: %1.</source>
        <translation>Dit convenant wordt aangehaald als: %1.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Thus agreed and signed at %1 on %2.</source>
        <translation>Aldus overeengekomen en ondertekend te %1 op %2.</translation>
    </message>
    <message>
        <source>Thus agreed and signed.</source>
        <translation>Aldus overeengekomen en ondertekend.</translation>
    </message>
    <message>
        <source>Urgency per partner</source>
        <translation>Urgentie per partner</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>gemiddeld %1</translation>
    </message>
    <message>
        <source>spread %1 to %2: discuss the differences</source>
        <translation>spreiding %1 tot %2: bespreek de verschillen</translation>
    </message>
    <message>
        <source>Now and desired according to %1</source>
        <translation>Nu en gewenst volgens %1</translation>
    </message>
    <message>
        <source>Now and desired per building block (average)</source>
        <translation>Nu en gewenst per bouwsteen (gemiddeld)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>desired</source>
        <translation>gewenst</translation>
    </message>
    <message>
        <source>spread between partners (now)</source>
        <translation>spreiding tussen partners (nu)</translation>
    </message>
    <message>
        <source>The trajectory has no title yet.</source>
        <translation>Het traject heeft nog geen titel.</translation>
    </message>
    <message>
        <source>The municipality or region has not been filled in.</source>
        <translation>De gemeente of regio is nog niet ingevuld.</translation>
    </message>
    <message>
        <source>A covenant needs at least two parties.</source>
        <translation>Een convenant heeft ten minste twee partijen nodig.</translation>
    </message>
    <message>
        <source>No shared ambitions have been recorded yet.</source>
        <translation>Er zijn nog geen gezamenlijke ambities vastgelegd.</translation>
    </message>
    <message>
        <source>(without description)</source>
        <translation>(zonder omschrijving)</translation>
    </message>
    <message>
        <source>The agreement ‘%1’ has no owner yet.</source>
        <translation>De afspraak ‘%1’ heeft nog geen eigenaar.</translation>
    </message>
    <message>
        <source>How the parties will account for their results has not been recorded.</source>
        <translation>Er is nog niet vastgelegd hoe partijen verantwoording afleggen.</translation>
    </message>
    <message>
        <source>When the collaboration will be evaluated has not been recorded.</source>
        <translation>Er is nog niet vastgelegd wanneer de samenwerking wordt geëvalueerd.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Core partners</source>
        <translation>Kernpartners</translation>
    </message>
    <message>
        <source>Outer partners</source>
        <translation>Schilpartners</translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation>te weinig respondenten</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Meting</translation>
    </message>
    <message>
        <source>Average score per building block</source>
        <translation>Gemiddelde score per bouwsteen</translation>
    </message>
    <message>
        <source>Not shown (too few respondents): %1.</source>
        <translation>Niet getoond (te weinig respondenten): %1.</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <source>%2 took part in the self-assessment ‘%1’: %3 from core partners and %4 from outer partners. They rated each statement from 1 (strongly disagree) to 5 (strongly agree); ‘don’t know’ does not count towards the averages.</source>
        <translation>Aan de zelfevaluatie ‘%1’ deden %2 mee: %3 van kernpartners en %4 van schilpartners. Zij gaven bij iedere stelling een score van 1 (helemaal oneens) tot 5 (helemaal eens); ‘weet niet’ telt niet mee in de gemiddelden.</translation>
    </message>
    <message>
        <source>Only core partners filled in the questionnaire. How the outer partners experience the collaboration therefore remains invisible; the results only show the core partners’ view.</source>
        <translation>Alleen kernpartners hebben de vragenlijst ingevuld. Hoe de schilpartners de samenwerking ervaren, blijft daardoor onzichtbaar; de resultaten zeggen alleen iets over de kijk van de kernpartners.</translation>
    </message>
    <message>
        <source>Only outer partners filled in the questionnaire. How the core partners experience the collaboration therefore remains invisible; the results only show the outer partners’ view.</source>
        <translation>Alleen schilpartners hebben de vragenlijst ingevuld. Hoe de kernpartners de samenwerking ervaren, blijft daardoor onzichtbaar; de resultaten zeggen alleen iets over de kijk van de schilpartners.</translation>
    </message>
    <message>
        <source>Note: a one-sided picture. </source>
        <translation>Let op: eenzijdig beeld. </translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondenten</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Average and spread per building block</source>
        <translation>Gemiddelde en spreiding per bouwsteen</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Bouwsteen</translation>
    </message>
    <message>
        <source>Average on a scale of 1 to 5, with the spread (standard deviation) in brackets: the larger, the more the answers differ. Groups of fewer than %1 people are not shown, so no one’s answers can be recognised.</source>
        <translation>Gemiddelde op een schaal van 1 tot 5, met tussen haakjes de spreiding (standaardafwijking): hoe groter, hoe meer de antwoorden uiteenlopen. Groepen van minder dan %1 personen worden niet getoond, zodat niemands antwoorden herkenbaar zijn.</translation>
    </message>
    <message>
        <source>Change since the previous round</source>
        <translation>Verandering ten opzichte van de vorige meting</translation>
    </message>
    <message>
        <source>One of the two rounds has too few respondents to compare.</source>
        <translation>Een van beide metingen heeft te weinig respondenten om te vergelijken.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Average of all respondents per building block in %1 and in %2.</source>
        <translation>Gemiddelde van alle respondenten per bouwsteen in %1 en in %2.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Previous and latest round</source>
        <translation>Vorige en laatste meting</translation>
    </message>
    <message>
        <source>Largest differences between core and outer partners</source>
        <translation>Grootste verschillen tussen kern- en schilpartners</translation>
    </message>
    <message>
        <source>Cannot be determined: that needs at least %1 people from both core and outer partners.</source>
        <translation>Niet te bepalen: daarvoor moeten van zowel kern- als schilpartners ten minste %1 personen meedoen.</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Outer</source>
        <translation>Schil</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Most disagreement</source>
        <translation>Meeste verschil van mening</translation>
    </message>
    <message>
        <source>Cannot be determined: that needs at least %1 people.</source>
        <translation>Niet te bepalen: daarvoor moeten ten minste %1 personen meedoen.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <source>Partners without a respondent</source>
        <translation>Partners zonder respondent</translation>
    </message>
    <message>
        <source>At least one person from every partner filled in the questionnaire.</source>
        <translation>Van iedere partner heeft ten minste één persoon de vragenlijst ingevuld.</translation>
    </message>
    <message>
        <source>No one from %1 filled in the questionnaire; their view is missing from these results.</source>
        <translation>Van %1 heeft niemand de vragenlijst ingevuld; hun kijk ontbreekt in deze resultaten.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Respondents’ comments</source>
        <translation>Toelichtingen van respondenten</translation>
    </message>
    <message>
        <source>Without names, as given.</source>
        <translation>Zonder namen, zoals gegeven.</translation>
    </message>
    <message>
        <source>(unknown partner)</source>
        <translation>(onbekende partner)</translation>
    </message>
    <message>
        <source>core partner</source>
        <translation>kernpartner</translation>
    </message>
    <message>
        <source>outer partner</source>
        <translation>schilpartner</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>voorstel</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>afgesproken</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in uitvoering</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gerealiseerd</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>besproken</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Indicator and target</source>
        <translation>Indicator en streefwaarde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>with </source>
        <translation>met </translation>
    </message>
    <message>
        <source>%1 of the %2 partners have given their scores. The scores are shown once the facilitator reveals them.</source>
        <translation>%1 van de %2 partners hebben al gescoord. De scores worden getoond zodra de begeleider ze onthult.</translation>
    </message>
    <message>
        <source>Hidden round. </source>
        <translation>Verborgen ronde. </translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Gewenst</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Averages over the partners who gave both scores; spread is the difference between the highest and the lowest score.</source>
        <translation>Gemiddelden over de partners die beide cijfers gaven; spreiding is het verschil tussen het hoogste en het laagste cijfer.</translation>
    </message>
    <message>
        <source>on average %1 points between now (%2) and desired (%3)</source>
        <translation>gemiddeld %1 punt tussen nu (%2) en gewenst (%3)</translation>
    </message>
    <message>
        <source>Largest gap — %1: </source>
        <translation>Grootste afstand — %1: </translation>
    </message>
    <message>
        <source>the current situation gets %1 from %2 and %3 from %4</source>
        <translation>de huidige situatie krijgt een %1 van %2 en een %3 van %4</translation>
    </message>
    <message>
        <source>the desired situation gets %1 from %2 and %3 from %4</source>
        <translation>de gewenste situatie krijgt een %1 van %2 en een %3 van %4</translation>
    </message>
    <message>
        <source>Most disagreement — %1: </source>
        <translation>Meeste verschil van inzicht — %1: </translation>
    </message>
    <message>
        <source>settled</source>
        <translation>beslecht</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Affects: </source>
        <translation>Raakt: </translation>
    </message>
    <message>
        <source>Handling: </source>
        <translation>Aanpak: </translation>
    </message>
    <message>
        <source>Settled by: </source>
        <translation>Beslecht door: </translation>
    </message>
    <message>
        <source>No agreement settles this dilemma yet.</source>
        <translation>Nog geen afspraak die dit dilemma beslecht.</translation>
    </message>
    <message>
        <source>Self-assessment questionnaire</source>
        <translation>Vragenlijst zelfevaluatie</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Vragenlijst</translation>
    </message>
    <message>
        <source>Collaboration: </source>
        <translation>Samenwerking: </translation>
    </message>
    <message>
        <source>This questionnaire is about how you experience the collaboration at the moment. For each statement, say how much you agree, from 1 (strongly disagree) to 5 (strongly agree). Tick one box per statement. If you do not know, or the statement does not fit your work, tick ‘don’t know / n/a’. There are no right or wrong answers: it is about your own experience.</source>
        <translation>Deze vragenlijst gaat over hoe u de samenwerking op dit moment ervaart. Geef bij iedere stelling aan in hoeverre u het ermee eens bent, van 1 (helemaal oneens) tot 5 (helemaal eens). Zet per stelling één kruisje. Weet u het niet, of past de stelling niet bij uw werk, kruis dan ‘weet niet / n.v.t.’ aan. Er zijn geen goede of foute antwoorden: het gaat om uw eigen ervaring.</translation>
    </message>
    <message>
        <source>Your answers are only shown combined, per group of at least %1 people. No one gets to see your answers on their own. Below each building block there is room for a comment.</source>
        <translation>Uw antwoorden worden alleen samengevoegd getoond, per groep van ten minste %1 personen. Niemand krijgt uw antwoorden afzonderlijk te zien. Onder iedere bouwsteen is ruimte voor een toelichting.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>My organisation is</source>
        <translation>Mijn organisatie is</translation>
    </message>
    <message>
        <source>I don’t know</source>
        <translation>weet ik niet</translation>
    </message>
    <message>
        <source>don’t know / n/a</source>
        <translation>weet niet / n.v.t.</translation>
    </message>
    <message>
        <source>1 = strongly disagree · 5 = strongly agree</source>
        <translation>1 = helemaal oneens · 5 = helemaal eens</translation>
    </message>
    <message>
        <source>Comment on %1 (optional)</source>
        <translation>Toelichting bij %1 (niet verplicht)</translation>
    </message>
    <message>
        <source>Thank you. Please hand the completed questionnaire to the facilitator%1.</source>
        <translation>Dank u wel. Geef de ingevulde vragenlijst terug aan de procesbegeleider%1.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Report of the dialogue</source>
        <translation>Verslag van de dialoog</translation>
    </message>
    <message>
        <source>State of the dialogue on %1</source>
        <translation>Stand van de dialoog op %1</translation>
    </message>
    <message>
        <source>Facilitation: %1</source>
        <translation>Procesbegeleiding: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Joint issue: </source>
        <translation>Gezamenlijk vraagstuk: </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>present: %1. </source>
        <translation>aanwezig: %1. </translation>
    </message>
    <message>
        <source>Discussion topics from the now-and-desired scores</source>
        <translation>Gespreksonderwerpen uit de scores nu en gewenst</translation>
    </message>
    <message>
        <source>%1 agreements; see the chapter Agreements.</source>
        <translation>%1 afspraken; zie het hoofdstuk Afspraken.</translation>
    </message>
    <message>
        <source>See the chapter Accountability.</source>
        <translation>Zie het hoofdstuk Verantwoording.</translation>
    </message>
    <message>
        <source>The partners&apos; perspectives</source>
        <translation>Perspectieven van de partners</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Open dilemmas</source>
        <translation>Open dilemma&apos;s</translation>
    </message>
    <message>
        <source>These dilemmas have not been settled yet. Take them into account when making the agreements.</source>
        <translation>Deze dilemma&apos;s zijn nog niet beslecht. Neem ze mee bij het maken van de afspraken.</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Waarover</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation>Open vragen</translation>
    </message>
    <message>
        <source> (still missing: %1)</source>
        <translation> (nog niet van: %1)</translation>
    </message>
    <message>
        <source> (answered, not yet discussed)</source>
        <translation> (beantwoord, nog niet besproken)</translation>
    </message>
    <message>
        <source>Answers to questions no longer in the catalogue</source>
        <translation>Antwoorden bij vragen die niet meer in de catalogus staan</translation>
    </message>
    <message>
        <source>These answers belong to questions that are no longer in the current catalogue. They are kept and shown here as given.</source>
        <translation>Deze antwoorden horen bij vragen die in de huidige vragenlijst niet meer voorkomen. Ze zijn bewaard en worden hier getoond zoals ze zijn gegeven.</translation>
    </message>
    <message>
        <source>Draft — not yet for signing</source>
        <translation>Concept — nog niet ter ondertekening</translation>
    </message>
    <message>
        <source>Name: </source>
        <translation>Naam: </translation>
    </message>
    <message>
        <source>subject to mandate</source>
        <translation>onder voorbehoud van mandaat</translation>
    </message>
    <message>
        <source>Place: %1   Date: %2</source>
        <translation>Plaats: %1   Datum: %2</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>handtekening</translation>
    </message>
    <message>
        <source>DRAFT — not yet for signing</source>
        <translation>CONCEPT — nog niet ter ondertekening</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>CONCEPT</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>agreed on</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>the covenant cannot be final yet; one thing stands in the way:</source>
        <translation>het convenant kan nog niet definitief worden; één punt staat dat in de weg:</translation>
    </message>
    <message>
        <source>the covenant cannot be final yet; %1 things stand in the way:</source>
        <translation>het convenant kan nog niet definitief worden; %1 punten staan dat in de weg:</translation>
    </message>
    <message>
        <source>warning: this covenant is a draft; one thing stands in the way of a final version:</source>
        <translation>waarschuwing: dit convenant is een concept; één punt staat een definitieve versie in de weg:</translation>
    </message>
    <message>
        <source>warning: this covenant is a draft; %1 things stand in the way of a final version:</source>
        <translation>waarschuwing: dit convenant is een concept; %1 punten staan een definitieve versie in de weg:</translation>
    </message>
    <message>
        <source>a public body</source>
        <translation>openbaar lichaam</translation>
    </message>
    <message>
        <source>a public body established by joint arrangement</source>
        <translation>openbaar lichaam ingesteld bij gemeenschappelijke regeling</translation>
    </message>
    <message>
        <source>a public-law body</source>
        <translation>publiekrechtelijk lichaam</translation>
    </message>
    <message>
        <source>a foundation</source>
        <translation>stichting</translation>
    </message>
    <message>
        <source>an association</source>
        <translation>vereniging</translation>
    </message>
    <message>
        <source>a private limited company</source>
        <translation>besloten vennootschap met beperkte aansprakelijkheid</translation>
    </message>
    <message>
        <source>a public limited company</source>
        <translation>naamloze vennootschap</translation>
    </message>
    <message>
        <source>a cooperative</source>
        <translation>coöperatie</translation>
    </message>
    <message>
        <source>, represented by its mayor, %1, under Article 171(1) of the Municipalities Act</source>
        <translation>, ingevolge artikel 171, eerste lid, van de Gemeentewet vertegenwoordigd door de burgemeester, %1</translation>
    </message>
    <message>
        <source>, represented by %1, authorised by the mayor under Article 171(2) of the Municipalities Act</source>
        <translation>, vertegenwoordigd door %1, daartoe door de burgemeester aangewezen op grond van artikel 171, tweede lid, van de Gemeentewet</translation>
    </message>
    <message>
        <source>, represented by %1, authorised by the mayor under Article 171(2) of the Municipalities Act, acting in implementation of the decision of the municipal executive of %2</source>
        <translation>, vertegenwoordigd door %1, daartoe door de burgemeester aangewezen op grond van artikel 171, tweede lid, van de Gemeentewet, handelend ter uitvoering van het besluit van het college van burgemeester en wethouders van %2</translation>
    </message>
    <message>
        <source>, represented by %1, by power of attorney of the mayor</source>
        <translation>, vertegenwoordigd door %1, op grond van een volmacht van de burgemeester</translation>
    </message>
    <message>
        <source>, represented by %1, by power of attorney of the mayor dated %2</source>
        <translation>, vertegenwoordigd door %1, op grond van een volmacht van de burgemeester van %2</translation>
    </message>
    <message>
        <source>, represented by %1, under the rules that govern it</source>
        <translation>, vertegenwoordigd door %1, op grond van de regeling die op deze partij van toepassing is</translation>
    </message>
    <message>
        <source>, represented by %1, under its articles of association</source>
        <translation>, op grond van de statuten vertegenwoordigd door %1</translation>
    </message>
    <message>
        <source>, represented by %1, by mandate</source>
        <translation>, vertegenwoordigd door %1, op grond van mandaat</translation>
    </message>
    <message>
        <source>, represented by %1, by mandate granted on %2</source>
        <translation>, vertegenwoordigd door %1, op grond van een mandaatbesluit van %2</translation>
    </message>
    <message>
        <source>, represented by %1, by power of attorney</source>
        <translation>, vertegenwoordigd door %1, op grond van een volmacht</translation>
    </message>
    <message>
        <source>, represented by %1, by power of attorney dated %2</source>
        <translation>, vertegenwoordigd door %1, op grond van een volmacht van %2</translation>
    </message>
    <message>
        <source>, seated in %1</source>
        <translation>, zetelend te %1</translation>
    </message>
    <message>
        <source>, having its registered office in %1</source>
        <translation>, statutair gevestigd te %1</translation>
    </message>
    <message>
        <source>, with its office at %1</source>
        <translation>, kantoorhoudende aan %1</translation>
    </message>
    <message>
        <source>, registered with the Chamber of Commerce under number %1</source>
        <translation>, ingeschreven in het handelsregister van de Kamer van Koophandel onder nummer %1</translation>
    </message>
    <message>
        <source>The parties take the following into consideration.</source>
        <translation>De partijen nemen het volgende in overweging.</translation>
    </message>
    <message>
        <source>Children and young people grow up best when the organisations around them work together, with each other and with their parents.</source>
        <translation>Kinderen en jongeren groeien het best op wanneer de organisaties om hen heen samenwerken, met elkaar en met hun ouders.</translation>
    </message>
    <message>
        <source>The parties wish to record their collaboration and the agreements they have made in this covenant.</source>
        <translation>De partijen willen hun samenwerking en de gemaakte afspraken in dit convenant vastleggen.</translation>
    </message>
    <message>
        <source>mayor</source>
        <translation>burgemeester</translation>
    </message>
    <message>
        <source>on behalf of the mayor</source>
        <translation>namens de burgemeester</translation>
    </message>
    <message>
        <source>by mandate</source>
        <translation>bij mandaat</translation>
    </message>
    <message>
        <source>by power of attorney of the mayor</source>
        <translation>bij volmacht van de burgemeester</translation>
    </message>
    <message>
        <source>by power of attorney</source>
        <translation>bij volmacht</translation>
    </message>
    <message>
        <source>Work agenda</source>
        <translation>Werkagenda</translation>
    </message>
    <message>
        <source>the steering group</source>
        <translation>de stuurgroep</translation>
    </message>
    <message>
        <source>This work agenda sets out the agreements with a deadline. Under Article %1, %2 may update it without this covenant having to be amended.</source>
        <translation>Deze werkagenda bevat de afspraken met een termijn. Op grond van artikel %1 kan %2 haar bijwerken zonder dat het convenant gewijzigd hoeft te worden.</translation>
    </message>
    <message>
        <source>This work agenda sets out the agreements with a deadline.</source>
        <translation>Deze werkagenda bevat de afspraken met een termijn.</translation>
    </message>
    <message>
        <source>Responsible: </source>
        <translation>Verantwoordelijk: </translation>
    </message>
    <message>
        <source>Contributing: </source>
        <translation>Draagt bij: </translation>
    </message>
    <message>
        <source>Deadline: </source>
        <translation>Gereed: </translation>
    </message>
    <message>
        <source>Ambition served: </source>
        <translation>Draagt bij aan ambitie: </translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Begripsbepalingen</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Inspanningen van de partijen</translation>
    </message>
    <message>
        <source>Governance and work agenda</source>
        <translation>Sturing en werkagenda</translation>
    </message>
    <message>
        <source>Finances and costs</source>
        <translation>Financiën en kosten</translation>
    </message>
    <message>
        <source>Budget reservation</source>
        <translation>Beschikbaarheid van middelen</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>Entry into force, term and renewal</source>
        <translation>Inwerkingtreding, looptijd en verlenging</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Accession of new parties</source>
        <translation>Toetreding</translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation>Uittreding</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Juridische status</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Openbaarheid</translation>
    </message>
    <message>
        <source>Applicable law</source>
        <translation>Toepasselijk recht</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Citeertitel</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>één jaar</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <source>one month</source>
        <translation>één maand</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 maanden</translation>
    </message>
    <message>
        <source>once</source>
        <translation>eenmaal</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>tweemaal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 maal</translation>
    </message>
    <message>
        <source>In this covenant the following terms have the meaning given below.</source>
        <translation>In dit convenant hebben de volgende begrippen de hierna gegeven betekenis.</translation>
    </message>
    <message>
        <source>Covenant: this agreement between the parties, including its annexes.</source>
        <translation>Convenant: deze overeenkomst tussen de partijen, met inbegrip van de bijlagen.</translation>
    </message>
    <message>
        <source>Work agenda: the annex to this covenant that sets out the dated agreements, each with who carries it out, by when and with what resources.</source>
        <translation>Werkagenda: de bijlage bij dit convenant waarin de afspraken met een termijn staan, telkens met wie de afspraak uitvoert, wanneer deze gereed is en met welke middelen.</translation>
    </message>
    <message>
        <source>%1: the body in which the parties direct the collaboration together.</source>
        <translation>%1: het orgaan waarin de partijen gezamenlijk de samenwerking aansturen.</translation>
    </message>
    <message>
        <source>Parents: the parents, carers and others who raise a child.</source>
        <translation>Ouders: de ouders, verzorgers en anderen die een kind opvoeden.</translation>
    </message>
    <message>
        <source>The purpose of this covenant is that the parties, each from its own task and responsibility, work together so that children, young people and their parents benefit from it.</source>
        <translation>Dit convenant heeft tot doel dat de partijen, ieder vanuit de eigen taak en verantwoordelijkheid, zodanig samenwerken dat kinderen, jongeren en hun ouders daar merkbaar baat bij hebben.</translation>
    </message>
    <message>
        <source>%1. Intended result: %2</source>
        <translation>%1. Beoogd resultaat: %2</translation>
    </message>
    <message>
        <source>To this end the parties pursue the following ambitions:</source>
        <translation>Daartoe streven de partijen de volgende ambities na:</translation>
    </message>
    <message>
        <source>Each party contributes to the purpose of this covenant from its own task and expertise, and puts in the people and resources needed for the agreements it has taken on.</source>
        <translation>Iedere partij draagt vanuit de eigen taak en deskundigheid bij aan het doel van dit convenant en zet de mensen en middelen in die nodig zijn voor de afspraken die zij op zich heeft genomen.</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Verantwoordelijk: %1</translation>
    </message>
    <message>
        <source>, together with %1</source>
        <translation>, samen met %1</translation>
    </message>
    <message>
        <source>As regards %1, the parties have agreed the following lasting commitments:</source>
        <translation>Op het gebied van %1 spreken de partijen de volgende blijvende inspanningen af:</translation>
    </message>
    <message>
        <source>The parties have agreed the following lasting commitments:</source>
        <translation>De partijen spreken de volgende blijvende inspanningen af:</translation>
    </message>
    <message>
        <source>The agreements with a deadline are set out in the work agenda annexed to this covenant. They elaborate the commitments in this article.</source>
        <translation>De afspraken met een termijn staan in de werkagenda die als bijlage bij dit convenant is gevoegd. Zij werken de inspanningen uit dit artikel uit.</translation>
    </message>
    <message>
        <source>%1 directs the collaboration under this covenant. Each party that carries out agreements is represented in it by a person who may take decisions on its behalf.</source>
        <translation>%1 stuurt de samenwerking op grond van dit convenant aan. Iedere partij die afspraken uitvoert, is daarin vertegenwoordigd door iemand die namens haar besluiten mag nemen.</translation>
    </message>
    <message>
        <source>%1 monitors the progress of the agreements, prepares the evaluations and keeps the other parties informed.</source>
        <translation>%1 bewaakt de voortgang van de afspraken, bereidt de evaluaties voor en houdt de overige partijen op de hoogte.</translation>
    </message>
    <message>
        <source>%1 may, by joint decision, update the work agenda annexed to this covenant, for example to add an agreement or to change a deadline, without this covenant having to be amended. Each update is recorded in writing and sent to all parties.</source>
        <translation>%1 kan bij gezamenlijk besluit de werkagenda bij dit convenant bijwerken, bijvoorbeeld door een afspraak toe te voegen of een termijn aan te passen, zonder dat dit convenant daarvoor gewijzigd hoeft te worden. Iedere bijgewerkte werkagenda wordt schriftelijk vastgelegd en aan alle partijen toegezonden.</translation>
    </message>
    <message>
        <source>Each party bears its own costs of carrying out this covenant, unless the work agenda provides otherwise.</source>
        <translation>Iedere partij draagt de eigen kosten van de uitvoering van dit convenant, tenzij de werkagenda anders bepaalt.</translation>
    </message>
    <message>
        <source>A party that makes resources available for an agreement does so under its own rules and procedures.</source>
        <translation>Een partij die voor een afspraak middelen beschikbaar stelt, doet dat volgens haar eigen regels en procedures.</translation>
    </message>
    <message>
        <source>Commitments of %1 that require funds are made subject to the approval of the necessary funds by the competent body in the budget concerned.</source>
        <translation>Toezeggingen van %1 waarvoor geld nodig is, gelden onder de voorwaarde dat het bevoegde orgaan de benodigde middelen in de betreffende begroting beschikbaar stelt.</translation>
    </message>
    <message>
        <source>If funds are not or not fully made available, the party concerned informs the other parties without delay, and the parties consult on the consequences for the work agenda.</source>
        <translation>Worden de middelen niet of niet volledig beschikbaar gesteld, dan meldt de betrokken partij dat onverwijld aan de overige partijen en overleggen de partijen over de gevolgen voor de werkagenda.</translation>
    </message>
    <message>
        <source>Each party is the controller within the meaning of the General Data Protection Regulation for the personal data it processes in carrying out this covenant.</source>
        <translation>Iedere partij is verwerkingsverantwoordelijke in de zin van de Algemene verordening gegevensbescherming (AVG) voor de persoonsgegevens die zij bij de uitvoering van dit convenant verwerkt.</translation>
    </message>
    <message>
        <source>The parties share personal data of children and their parents only under a separate data-sharing protocol that they adopt before any data are shared. This covenant is not itself a basis for sharing personal data.</source>
        <translation>De partijen delen persoonsgegevens van kinderen en hun ouders uitsluitend op grond van een afzonderlijk protocol gegevensdeling, dat zij vaststellen voordat er gegevens worden gedeeld. Dit convenant vormt zelf geen grondslag voor het delen van persoonsgegevens.</translation>
    </message>
    <message>
        <source>The parties share personal data of children and their parents only under the separate data-sharing protocol ‘%1’, which they adopt before any data are shared. This covenant is not itself a basis for sharing personal data.</source>
        <translation>De partijen delen persoonsgegevens van kinderen en hun ouders uitsluitend op grond van het afzonderlijke protocol ‘%1’, dat zij vaststellen voordat er gegevens worden gedeeld. Dit convenant vormt zelf geen grondslag voor het delen van persoonsgegevens.</translation>
    </message>
    <message>
        <source>Before the sharing of personal data begins, the parties carry out a data protection impact assessment (DPIA) and take the measures it calls for.</source>
        <translation>Voordat het delen van persoonsgegevens begint, voeren de partijen een gegevensbeschermingseffectbeoordeling (DPIA) uit en treffen zij de maatregelen die daaruit volgen.</translation>
    </message>
    <message>
        <source>This covenant does not provide for the sharing of personal data of children or their parents. Should the parties wish to share such data, they first adopt a separate data-sharing protocol and carry out a data protection impact assessment (DPIA).</source>
        <translation>Dit convenant voorziet niet in het delen van persoonsgegevens van kinderen of hun ouders. Willen de partijen zulke gegevens delen, dan stellen zij eerst een afzonderlijk protocol gegevensdeling vast en voeren zij een gegevensbeschermingseffectbeoordeling (DPIA) uit.</translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation>aan: %1</translation>
    </message>
    <message>
        <source>how often: %1</source>
        <translation>hoe vaak: %1</translation>
    </message>
    <message>
        <source>form: %1</source>
        <translation>vorm: %1</translation>
    </message>
    <message>
        <source>The parties account for the collaboration and its results as follows:</source>
        <translation>De partijen leggen als volgt verantwoording af over de samenwerking en de resultaten:</translation>
    </message>
    <message>
        <source>%1 discusses the outcome of each evaluation and, where needed, proposes changes to the work agenda or to this covenant.</source>
        <translation>%1 bespreekt de uitkomst van iedere evaluatie en stelt zo nodig wijzigingen van de werkagenda of van dit convenant voor.</translation>
    </message>
    <message>
        <source>This covenant enters into force on %1 and applies for a term of %2 from that date.</source>
        <translation>Dit convenant treedt in werking op %1 en geldt vanaf die datum voor een periode van %2.</translation>
    </message>
    <message>
        <source>This covenant enters into force on the day on which the last party signs it and applies with retroactive effect from %1, for a term of %2 from that date.</source>
        <translation>Dit convenant treedt in werking op de dag waarop de laatste partij het ondertekent en werkt terug tot en met %1; het geldt vanaf die datum voor een periode van %2.</translation>
    </message>
    <message>
        <source>This covenant enters into force on the day on which the last party signs it and applies for a term of %1 from that day.</source>
        <translation>Dit convenant treedt in werking op de dag waarop de laatste partij het ondertekent en geldt vanaf die dag voor een periode van %1.</translation>
    </message>
    <message>
        <source>The covenant ends by operation of law at the end of its term.</source>
        <translation>Het convenant eindigt van rechtswege aan het einde van de looptijd.</translation>
    </message>
    <message>
        <source>Unless a party gives notice no later than %1 before the end of the term, the covenant is tacitly renewed for %2 each time, at most %3.</source>
        <translation>Tenzij een partij uiterlijk %1 voor het einde van de looptijd opzegt, wordt het convenant stilzwijgend verlengd met telkens %2, ten hoogste %3.</translation>
    </message>
    <message>
        <source>No later than six months before the end of the term, the parties decide whether they renew the covenant and for how long. A renewal is agreed in writing by all parties.</source>
        <translation>Uiterlijk zes maanden voor het einde van de looptijd besluiten de partijen of en voor hoelang zij het convenant verlengen. Een verlenging wordt door alle partijen schriftelijk overeengekomen.</translation>
    </message>
    <message>
        <source>Municipal elections or a change in the board of a party do not affect this covenant. After a new municipal executive takes office, the parties discuss the progress with it.</source>
        <translation>Gemeenteraadsverkiezingen of een bestuurswisseling bij een partij laten dit convenant onverlet. Na het aantreden van een nieuw college van burgemeester en wethouders bespreken de partijen de voortgang met dat college.</translation>
    </message>
    <message>
        <source>Each party may ask the other parties in writing to amend this covenant. The parties consult on the request within six weeks.</source>
        <translation>Iedere partij kan de overige partijen schriftelijk verzoeken dit convenant te wijzigen. De partijen overleggen binnen zes weken over het verzoek.</translation>
    </message>
    <message>
        <source>An amendment requires the written consent of all parties and is annexed to this covenant. It takes effect on the day on which the last party has signed it.</source>
        <translation>Voor een wijziging is de schriftelijke instemming van alle partijen nodig; de wijziging wordt als bijlage bij dit convenant gevoegd. Zij gaat in op de dag waarop de laatste partij haar heeft ondertekend.</translation>
    </message>
    <message>
        <source>An update of the work agenda by %1 is not an amendment of this covenant.</source>
        <translation>Het bijwerken van de werkagenda door %1 is geen wijziging van dit convenant.</translation>
    </message>
    <message>
        <source>An organisation that wants to contribute to the purpose of this covenant may accede to it if all parties consent in writing.</source>
        <translation>Een organisatie die wil bijdragen aan het doel van dit convenant, kan daartoe toetreden als alle partijen daar schriftelijk mee instemmen.</translation>
    </message>
    <message>
        <source>The organisation accedes by signing a statement of accession, which is annexed to this covenant. From the day of that signature it has the same rights and obligations as the other parties.</source>
        <translation>De organisatie treedt toe door ondertekening van een toetredingsverklaring, die als bijlage bij dit convenant wordt gevoegd. Vanaf de dag van die ondertekening heeft zij dezelfde rechten en verplichtingen als de overige partijen.</translation>
    </message>
    <message>
        <source>Each party may leave this covenant by giving written notice to the other parties, subject to a notice period of %1.</source>
        <translation>Iedere partij kan uit dit convenant treden door schriftelijke opzegging aan de overige partijen, met inachtneming van een opzegtermijn van %1.</translation>
    </message>
    <message>
        <source>Before its departure takes effect, the party completes the agreements in the work agenda for which it is responsible, or transfers them in consultation with %1.</source>
        <translation>Voordat de uittreding ingaat, rondt de partij de afspraken in de werkagenda waarvoor zij verantwoordelijk is af, of draagt zij deze in overleg met %1 over.</translation>
    </message>
    <message>
        <source>The covenant remains in force between the other parties.</source>
        <translation>Het convenant blijft tussen de overige partijen van kracht.</translation>
    </message>
    <message>
        <source>If the parties differ in opinion about carrying out this covenant, the parties concerned first try to resolve the matter by consulting each other.</source>
        <translation>Verschillen de partijen van mening over de uitvoering van dit convenant, dan proberen de betrokken partijen dit eerst in onderling overleg op te lossen.</translation>
    </message>
    <message>
        <source>If this does not lead to a solution within eight weeks, %1 discusses the matter. The parties may jointly call in an independent mediator.</source>
        <translation>Leidt dat niet binnen acht weken tot een oplossing, dan bespreekt %1 de kwestie. De partijen kunnen gezamenlijk een onafhankelijke bemiddelaar inschakelen.</translation>
    </message>
    <message>
        <source>This covenant records the commitment of the parties to work together on its purpose. The parties hold each other to that commitment.</source>
        <translation>Dit convenant legt de inzet van de partijen vast om samen aan het doel ervan te werken. De partijen spreken elkaar aan op die inzet.</translation>
    </message>
    <message>
        <source>The parties do not intend this covenant to create obligations that are enforceable in law.</source>
        <translation>De partijen beogen met dit convenant geen in rechte afdwingbare verplichtingen in het leven te roepen.</translation>
    </message>
    <message>
        <source>This covenant does not affect the statutory tasks and powers of the parties, nor the powers of their boards, councils and supervisory bodies.</source>
        <translation>Dit convenant laat de wettelijke taken en bevoegdheden van de partijen onverlet, evenals de bevoegdheden van hun besturen, raden en toezichthouders.</translation>
    </message>
    <message>
        <source>This covenant is public. After it has been signed, the municipality publishes it in accordance with the Open Government Act (Woo).</source>
        <translation>Dit convenant is openbaar. Na ondertekening maakt de gemeente het openbaar overeenkomstig de Wet open overheid (Woo).</translation>
    </message>
    <message>
        <source>This covenant is public. After it has been signed, %1 publishes it in accordance with the Open Government Act (Woo).</source>
        <translation>Dit convenant is openbaar. Na ondertekening maakt %1 het openbaar overeenkomstig de Wet open overheid (Woo).</translation>
    </message>
    <message>
        <source>Before publication, personal data other than the names and functions of the signatories are removed.</source>
        <translation>Voor openbaarmaking worden andere persoonsgegevens dan de namen en functies van de ondertekenaars verwijderd.</translation>
    </message>
    <message>
        <source>This covenant is governed by Dutch law.</source>
        <translation>Op dit convenant is Nederlands recht van toepassing.</translation>
    </message>
    <message>
        <source>The work agenda is annexed to this covenant as Annex 1. The annexes to this covenant form part of it.</source>
        <translation>De werkagenda is als bijlage 1 bij dit convenant gevoegd. De bijlagen maken deel uit van dit convenant.</translation>
    </message>
    <message>
        <source>If an annex conflicts with the articles of this covenant, the articles prevail.</source>
        <translation>Bij strijd tussen een bijlage en de artikelen van dit convenant gaan de artikelen voor.</translation>
    </message>
    <message>
        <source>legal form</source>
        <translation>rechtsvorm</translation>
    </message>
    <message>
        <source>seat</source>
        <translation>vestigingsplaats</translation>
    </message>
    <message>
        <source>KvK number</source>
        <translation>KvK-nummer</translation>
    </message>
    <message>
        <source>name of the signatory</source>
        <translation>naam van de ondertekenaar</translation>
    </message>
    <message>
        <source>function of the signatory</source>
        <translation>functie van de ondertekenaar</translation>
    </message>
    <message>
        <source>basis of representation</source>
        <translation>grondslag van de vertegenwoordiging</translation>
    </message>
    <message>
        <source>date of the decision</source>
        <translation>datum van het besluit</translation>
    </message>
    <message>
        <source>Recital: the joint issue</source>
        <translation>Overweging: het gezamenlijke vraagstuk</translation>
    </message>
    <message>
        <source>Recital: what the exploration found</source>
        <translation>Overweging: wat de verkenning opleverde</translation>
    </message>
    <message>
        <source>Purpose: what children notice</source>
        <translation>Doel: wat kinderen merken</translation>
    </message>
    <message>
        <source>Children notice the result, for example: %1</source>
        <translation>Kinderen merken het resultaat, bijvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Purpose: what parents notice</source>
        <translation>Doel: wat ouders merken</translation>
    </message>
    <message>
        <source>Parents notice the result, for example: %1</source>
        <translation>Ouders merken het resultaat, bijvoorbeeld: %1</translation>
    </message>
    <message>
        <source>Governance: the municipality&apos;s role</source>
        <translation>Sturing: de rol van de gemeente</translation>
    </message>
    <message>
        <source>Governance: how the collaboration lasts</source>
        <translation>Sturing: hoe de samenwerking standhoudt</translation>
    </message>
    <message>
        <source>Recital</source>
        <translation>Overweging</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Bepaling</translation>
    </message>
    <message>
        <source>The agreement ‘%1’ is still a proposal.</source>
        <translation>De afspraak ‘%1’ is nog een voorstel.</translation>
    </message>
    <message>
        <source>There are no agreed agreements yet for the building block %1.</source>
        <translation>Voor de bouwsteen %1 zijn nog geen afspraken vastgesteld.</translation>
    </message>
    <message>
        <source>The dilemma ‘%1’ is still open while agreements depend on it.</source>
        <translation>Het dilemma ‘%1’ staat nog open, terwijl er afspraken van afhangen.</translation>
    </message>
    <message>
        <source>%1 still signs subject to a mandate reservation (to be confirmed by %2).</source>
        <translation>%1 tekent nog onder voorbehoud van mandaat (te bevestigen uiterlijk %2).</translation>
    </message>
    <message>
        <source>%1 still signs subject to a mandate reservation.</source>
        <translation>%1 tekent nog onder voorbehoud van mandaat.</translation>
    </message>
    <message>
        <source>%1 is not fully identified; missing: %2.</source>
        <translation>%1 is niet volledig geïdentificeerd; ontbreekt: %2.</translation>
    </message>
    <message>
        <source>The place of signing has not been filled in.</source>
        <translation>De plaats van ondertekening is niet ingevuld.</translation>
    </message>
    <message>
        <source>The date of signing has not been filled in.</source>
        <translation>De datum van ondertekening is niet ingevuld.</translation>
    </message>
    <message>
        <source>The date of entry into force has not been filled in.</source>
        <translation>De datum van inwerkingtreding is niet ingevuld.</translation>
    </message>
    <message>
        <source>The covenant would enter into force on %1, before it is signed on %2; choose a later date, the last signature, or retroactive effect.</source>
        <translation>Het convenant zou op %1 in werking treden, vóór de ondertekening op %2; kies een latere datum, de laatste ondertekening of terugwerkende kracht.</translation>
    </message>
    <message>
        <source>Personal data are shared, but the data-sharing protocol has not been named.</source>
        <translation>Er worden persoonsgegevens gedeeld, maar het protocol gegevensdeling is niet genoemd.</translation>
    </message>
    <message>
        <source>The article ‘%1’ is required and cannot be switched off.</source>
        <translation>Het artikel ‘%1’ is verplicht en kan niet worden uitgezet.</translation>
    </message>
    <message>
        <source>No recital has been accepted yet.</source>
        <translation>Er is nog geen overweging vastgesteld.</translation>
    </message>
    <message>
        <source>%1 looks like a department of %2 rather than a party of its own; a covenant is signed by the legal entity.</source>
        <translation>%1 lijkt een onderdeel van %2 en geen zelfstandige partij; een convenant wordt ondertekend door de rechtspersoon.</translation>
    </message>
    <message>
        <source>%1 looks like a department rather than a legal entity; a covenant is signed by the legal entity it belongs to.</source>
        <translation>%1 lijkt een afdeling en geen rechtspersoon; een convenant wordt ondertekend door de rechtspersoon waar de afdeling onder valt.</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Begrippenlijst</translation>
    </message>
    <message>
        <source>The abbreviations and terms this report uses, in plain words.</source>
        <translation>De afkortingen en begrippen uit dit verslag, in gewone woorden uitgelegd.</translation>
    </message>
    <message>
        <source>This questionnaire is for parents and young people. It asks how you experience the way the organisations around children work together. For each statement, say how much you agree, from 1 (strongly disagree) to 5 (strongly agree). Tick one box per statement. If you do not know, tick ‘don’t know / n/a’. There are no right or wrong answers.</source>
        <translation>Deze vragenlijst is voor ouders en jongeren. We vragen hoe u of jij de samenwerking ervaart tussen de organisaties rond kinderen. Geef bij elke stelling aan hoeveel u het ermee eens bent, van 1 (helemaal oneens) tot 5 (helemaal eens). Zet per stelling één kruisje. Weet u het niet, kruis dan ‘weet niet / n.v.t.’ aan. Er zijn geen goede of foute antwoorden.</translation>
    </message>
    <message>
        <source>I fill this in as</source>
        <translation>Ik vul dit in als</translation>
    </message>
    <message>
        <source>parent or carer</source>
        <translation>ouder of verzorger</translation>
    </message>
    <message>
        <source>young person</source>
        <translation>jongere</translation>
    </message>
    <message>
        <source>Reference of the content: </source>
        <translation>Kenmerk van de inhoud: </translation>
    </message>
    <message>
        <source>A copy with the same reference has the same content.</source>
        <translation>Een exemplaar met hetzelfde kenmerk heeft dezelfde inhoud.</translation>
    </message>
    <message>
        <source>Reference </source>
        <translation>Kenmerk </translation>
    </message>
    <message>
        <source>The reference at the foot of each page is calculated from the content: a copy with the same reference has the same content.</source>
        <translation>Het kenmerk in de voettekst is berekend uit de inhoud: een exemplaar met hetzelfde kenmerk heeft dezelfde inhoud.</translation>
    </message>
    <message>
        <source>%1 comments from partners with fewer than %2 respondents are left out, so that no one can be recognised by them.</source>
        <translation>%1 toelichtingen van partners met minder dan %2 respondenten zijn weggelaten, zodat niemand eraan te herkennen is.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>who: %1</source>
        <translation>wie: %1</translation>
    </message>
    <message>
        <source>who: not yet decided</source>
        <translation>wie: nog niet bepaald</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
    <message>
        <source> (proposal)</source>
        <translation> (voorstel)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>No answer has been agreed yet.</source>
        <translation>Er is nog geen antwoord vastgesteld.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>No agreements yet.</source>
        <translation>Nog geen afspraken.</translation>
    </message>
    <message>
        <source>No open dilemmas.</source>
        <translation>Geen open dilemma&apos;s.</translation>
    </message>
    <message>
        <source>No open questions.</source>
        <translation>Geen open vragen.</translation>
    </message>
    <message>
        <source>Most recent session</source>
        <translation>Laatste bijeenkomst</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
</context>
<context>
    <name>akkoord::Domain</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Primary education</source>
        <translation>Primair onderwijs</translation>
    </message>
    <message>
        <source>Secondary education</source>
        <translation>Voortgezet onderwijs</translation>
    </message>
    <message>
        <source>Appropriate-education partnership</source>
        <translation>Samenwerkingsverband passend onderwijs</translation>
    </message>
    <message>
        <source>Childcare</source>
        <translation>Kinderopvang</translation>
    </message>
    <message>
        <source>Youth health care</source>
        <translation>Jeugdgezondheidszorg</translation>
    </message>
    <message>
        <source>Welfare</source>
        <translation>Welzijn</translation>
    </message>
    <message>
        <source>Youth care</source>
        <translation>Jeugdhulp</translation>
    </message>
    <message>
        <source>Safety and police</source>
        <translation>Veiligheid en politie</translation>
    </message>
    <message>
        <source>Sport and culture</source>
        <translation>Sport en cultuur</translation>
    </message>
    <message>
        <source>Parents</source>
        <translation>Ouders</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jongeren</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>akkoord::EntryIntoForce</name>
    <message>
        <source>On the day the last party signs</source>
        <translation>Op de dag waarop de laatste partij ondertekent</translation>
    </message>
    <message>
        <source>On a chosen date after signing</source>
        <translation>Op een gekozen datum na ondertekening</translation>
    </message>
    <message>
        <source>With retroactive effect from a chosen date</source>
        <translation>Met terugwerkende kracht vanaf een gekozen datum</translation>
    </message>
</context>
<context>
    <name>akkoord::Import</name>
    <message>
        <source>This is not a valid Akkoord export: at %1, %2.</source>
        <translation>Dit is geen geldige Akkoord-export: bij %1, %2.</translation>
    </message>
    <message>
        <source>an object {…} was expected</source>
        <translation>hier werd een object {…} verwacht</translation>
    </message>
    <message>
        <source>this field is unknown</source>
        <translation>dit veld is onbekend</translation>
    </message>
    <message>
        <source>this required field is missing</source>
        <translation>dit verplichte veld ontbreekt</translation>
    </message>
    <message>
        <source>text was expected</source>
        <translation>hier werd tekst verwacht</translation>
    </message>
    <message>
        <source>a whole number was expected</source>
        <translation>hier werd een geheel getal verwacht</translation>
    </message>
    <message>
        <source>true or false was expected</source>
        <translation>hier werd true of false verwacht</translation>
    </message>
    <message>
        <source>a date like 2027-01-31 was expected</source>
        <translation>hier werd een datum zoals 2027-01-31 verwacht</translation>
    </message>
    <message>
        <source>a time like 2027-01-31T09:30:00.000Z was expected</source>
        <translation>hier werd een tijdstip zoals 2027-01-31T09:30:00.000Z verwacht</translation>
    </message>
    <message>
        <source>a list […] was expected</source>
        <translation>hier werd een lijst […] verwacht</translation>
    </message>
    <message>
        <source>the value &quot;%1&quot; is not one Akkoord knows</source>
        <translation>de waarde &quot;%1&quot; kent Akkoord niet</translation>
    </message>
    <message>
        <source>a question id is needed</source>
        <translation>er is een vraag-id nodig</translation>
    </message>
    <message>
        <source>an id must be a positive whole number</source>
        <translation>een id moet een positief geheel getal zijn</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>de id %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>it refers to %1 %2, which is not in the file</source>
        <translation>dit verwijst naar %1 %2, die niet in het bestand staat</translation>
    </message>
    <message>
        <source>This file is too large to be an Akkoord export (more than 64 MB).</source>
        <translation>Dit bestand is te groot voor een Akkoord-export (meer dan 64 MB).</translation>
    </message>
    <message>
        <source>This file is not valid JSON (at byte %1): it may be damaged or not an Akkoord export.</source>
        <translation>Dit bestand is geen geldige JSON (bij byte %1): het is mogelijk beschadigd of geen Akkoord-export.</translation>
    </message>
    <message>
        <source>this is not an Akkoord trajectory export</source>
        <translation>dit is geen export van een Akkoord-traject</translation>
    </message>
    <message>
        <source>This export was made by a newer version of Akkoord (format %1); please update Akkoord to import it.</source>
        <translation>Deze export is gemaakt met een nieuwere versie van Akkoord (formaat %1); werk Akkoord bij om hem te importeren.</translation>
    </message>
    <message>
        <source>the format version must be 1 or higher</source>
        <translation>de formaatversie moet 1 of hoger zijn</translation>
    </message>
    <message>
        <source>the duration must be between 0 and 100 years</source>
        <translation>de looptijd moet tussen 0 en 100 jaar liggen</translation>
    </message>
    <message>
        <source>the question &quot;%1&quot; is answered twice</source>
        <translation>de vraag &quot;%1&quot; is twee keer beantwoord</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>this partner has two entries for the question &quot;%1&quot;</source>
        <translation>deze partner heeft twee bijdragen bij de vraag &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a rating must be between 1 and 5</source>
        <translation>een score moet tussen 1 en 5 liggen</translation>
    </message>
    <message>
        <source>ambition</source>
        <translation>ambitie</translation>
    </message>
    <message>
        <source>a partner is listed twice</source>
        <translation>een partner staat er twee keer in</translation>
    </message>
    <message>
        <source>an ambition is listed twice</source>
        <translation>een ambitie staat er twee keer in</translation>
    </message>
    <message>
        <source>a rating must be 0 (don&apos;t know) or between 1 and 5</source>
        <translation>een score moet 0 (weet niet) zijn of tussen 1 en 5 liggen</translation>
    </message>
    <message>
        <source>This file is nested more than %1 levels deep (at byte %2): it is not an Akkoord export.</source>
        <translation>Dit bestand is meer dan %1 niveaus diep genest (bij byte %2): het is geen Akkoord-export.</translation>
    </message>
    <message>
        <source>This file holds a number too large to read (%1): it may be damaged or not an Akkoord export.</source>
        <translation>Dit bestand bevat een getal dat te groot is om te lezen (%1): het is mogelijk beschadigd of geen Akkoord-export.</translation>
    </message>
    <message>
        <source>This file is not valid JSON: %1.</source>
        <translation>Dit bestand is geen geldige JSON: %1.</translation>
    </message>
    <message>
        <source>a rating must be 0 (not given) or between 1 and 5</source>
        <translation>een score moet 0 (niet gegeven) zijn of tussen 1 en 5 liggen</translation>
    </message>
    <message>
        <source>this partner has two entries for the building block &quot;%1&quot;</source>
        <translation>deze partner heeft twee bijdragen bij de bouwsteen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>afspraak</translation>
    </message>
    <message>
        <source>an agreement is listed twice</source>
        <translation>een afspraak staat er twee keer in</translation>
    </message>
    <message>
        <source>a question id was expected</source>
        <translation>hier werd een vraag-id verwacht</translation>
    </message>
    <message>
        <source>this list holds %L1 entries; Akkoord takes at most %L2</source>
        <translation>deze lijst bevat %L1 items; Akkoord neemt er hoogstens %L2</translation>
    </message>
    <message>
        <source>this text is %L1 bytes long; Akkoord takes at most %L2</source>
        <translation>deze tekst is %L1 bytes lang; Akkoord neemt er hoogstens %L2</translation>
    </message>
    <message>
        <source>this list&apos;s texts are longer than the %L1 bytes Akkoord takes</source>
        <translation>de teksten in deze lijst zijn samen langer dan de %L1 bytes die Akkoord neemt</translation>
    </message>
    <message>
        <source>a covenant text&apos;s key starts with &quot;article.&quot; or &quot;clause.&quot;</source>
        <translation>de sleutel van een convenanttekst begint met &quot;article.&quot; of &quot;clause.&quot;</translation>
    </message>
    <message>
        <source>the key %1 is used twice</source>
        <translation>de sleutel %1 komt twee keer voor</translation>
    </message>
    <message>
        <source>the number must be between 0 and %1</source>
        <translation>het getal moet tussen 0 en %1 liggen</translation>
    </message>
</context>
<context>
    <name>akkoord::Language</name>
    <message>
        <source>English</source>
        <comment>the name of this translation&apos;s language, in that language</comment>
        <translation>Nederlands</translation>
    </message>
</context>
<context>
    <name>akkoord::LegalForm</name>
    <message>
        <source>Not filled in</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>Municipality (public body)</source>
        <translation>Gemeente (openbaar lichaam)</translation>
    </message>
    <message>
        <source>Joint arrangement (public body)</source>
        <translation>Gemeenschappelijke regeling (openbaar lichaam)</translation>
    </message>
    <message>
        <source>Other public body</source>
        <translation>Ander openbaar lichaam</translation>
    </message>
    <message>
        <source>Foundation</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Vereniging</translation>
    </message>
    <message>
        <source>Private limited company</source>
        <translation>Besloten vennootschap</translation>
    </message>
    <message>
        <source>Public limited company</source>
        <translation>Naamloze vennootschap</translation>
    </message>
    <message>
        <source>Cooperative</source>
        <translation>Coöperatie</translation>
    </message>
    <message>
        <source>Other legal form</source>
        <translation>Andere rechtsvorm</translation>
    </message>
</context>
<context>
    <name>akkoord::Renewal</name>
    <message>
        <source>Not renewed</source>
        <translation>Niet verlengd</translation>
    </message>
    <message>
        <source>Renewed tacitly</source>
        <translation>Stilzwijgend verlengd</translation>
    </message>
    <message>
        <source>Renewed only by a joint decision</source>
        <translation>Alleen verlengd bij gezamenlijk besluit</translation>
    </message>
</context>
<context>
    <name>akkoord::Representation</name>
    <message>
        <source>Not filled in</source>
        <translation>Niet ingevuld</translation>
    </message>
    <message>
        <source>By law or by the articles of association</source>
        <translation>Op grond van de wet of de statuten</translation>
    </message>
    <message>
        <source>By mandate</source>
        <translation>Bij mandaat</translation>
    </message>
    <message>
        <source>By power of attorney</source>
        <translation>Bij volmacht</translation>
    </message>
</context>
<context>
    <name>akkoord::Role</name>
    <message>
        <source>Core partner</source>
        <translation>Kernpartner</translation>
    </message>
    <message>
        <source>Outer partner</source>
        <translation>Schilpartner</translation>
    </message>
</context>
<context>
    <name>akkoord::SafeWrite</name>
    <message>
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation>De map %1 bestaat niet; kies een bestaande map.</translation>
    </message>
    <message>
        <source>The name %1 is too long for this system.</source>
        <translation>De naam %1 is te lang voor dit systeem.</translation>
    </message>
    <message>
        <source>%1 is a link; Akkoord does not write through links. Choose another name.</source>
        <translation>%1 is een koppeling; Akkoord schrijft niet via koppelingen. Kies een andere naam.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 is een map; geef een bestandsnaam.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a device, a pipe or a socket); Akkoord writes only files.</source>
        <translation>%1 is geen gewoon bestand (een apparaat, een pipe of een socket); Akkoord schrijft alleen bestanden.</translation>
    </message>
    <message>
        <source>%1 is the file being read; choose another name for the result.</source>
        <translation>%1 is het bestand dat wordt gelezen; kies een andere naam voor het resultaat.</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it, or choose another name.</source>
        <translation>%1 bestaat al; geef --force om het te vervangen, of kies een andere naam.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?); nothing was written.</source>
        <translation>Schrijven van %1 is mislukt (is de schijf vol?); er is niets geschreven.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>Kan %1 niet schrijven: in de map mag niet worden geschreven.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full or the folder read-only?); nothing was written.</source>
        <translation>Schrijven van %1 is mislukt (is de schijf vol of de map alleen-lezen?); er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>akkoord::TrajectoryFile</name>
    <message>
        <source>%1 was made by an older version of Akkoord and must be upgraded, but it is read-only. Copy it to a folder you can write and open the copy.</source>
        <translation>%1 is gemaakt met een oudere versie van Akkoord en moet worden bijgewerkt, maar het is alleen-lezen. Kopieer het naar een map waarin u mag schrijven en open de kopie.</translation>
    </message>
    <message>
        <source>%1 must be upgraded, but a copy of the old file could not be made first. Check the free space and try again.</source>
        <translation>%1 moet worden bijgewerkt, maar er kon eerst geen kopie van het oude bestand worden gemaakt. Controleer de vrije schijfruimte en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The file is read-only, so changes cannot be saved.</source>
        <translation>Het bestand is alleen-lezen, dus wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The folder of this file is read-only, so changes cannot be saved.</source>
        <translation>De map van dit bestand is alleen-lezen, dus wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 bestaat al; kies een andere naam.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Cannot create a file in %1: the folder is not writable or the disk is full.</source>
        <translation>Er kan geen bestand worden gemaakt in %1: u mag niet schrijven in de map, of de schijf is vol.</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>This file is open read-only; changes cannot be saved.</source>
        <translation>Dit bestand is alleen-lezen geopend; wijzigingen kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>This item no longer exists in the file.</source>
        <translation>Dit onderdeel bestaat niet meer in het bestand.</translation>
    </message>
    <message>
        <source>A rating must be between 1 and 5.</source>
        <translation>Een score moet tussen 1 en 5 liggen.</translation>
    </message>
    <message>
        <source>This agreement no longer exists in the file.</source>
        <translation>Deze afspraak bestaat niet meer in het bestand.</translation>
    </message>
    <message>
        <source>You have no permission to write %1.</source>
        <translation>U hebt geen toestemming om %1 te schrijven.</translation>
    </message>
    <message>
        <source>%1 is in use by another program; try again in a moment.</source>
        <translation>%1 is in gebruik door een ander programma; probeer het zo meteen opnieuw.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Open one of its backups instead.</source>
        <translation>%1 is beschadigd en kan niet worden gelezen. Open in plaats daarvan een van de reservekopieën.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: it may have been moved, removed, or its folder is not accessible.</source>
        <translation>%1 kan niet worden geopend: het is mogelijk verplaatst of verwijderd, of de map is niet toegankelijk.</translation>
    </message>
    <message>
        <source>This text is too large to be saved in %1.</source>
        <translation>Deze tekst is te groot om in %1 op te slaan.</translation>
    </message>
    <message>
        <source>%1 could not be used: %2.</source>
        <translation>%1 kon niet worden gebruikt: %2.</translation>
    </message>
    <message>
        <source>A rating must be between 1 and 5, or &quot;don&apos;t know&quot;.</source>
        <translation>Een score moet tussen 1 en 5 liggen, of &quot;weet niet&quot; zijn.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1.</source>
        <translation>De kopie kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <source>%1 is already open in another Akkoord window. Close it there first, or open it read-only.</source>
        <translation>%1 is al geopend in een ander Akkoord-venster. Sluit het daar eerst, of open het alleen-lezen.</translation>
    </message>
    <message>
        <source>%1 is already open in another Akkoord window (%2). Close it there first, or open it read-only.</source>
        <translation>%1 is al geopend in een ander Akkoord-venster (%2). Sluit het daar eerst, of open het alleen-lezen.</translation>
    </message>
    <message>
        <source>%1 is being saved by another Akkoord window right now; try again in a moment.</source>
        <translation>%1 wordt op dit moment door een ander Akkoord-venster opgeslagen; probeer het zo nog eens.</translation>
    </message>
    <message>
        <source>A journal beside %1 did not belong to it and was ignored.</source>
        <translation>Een journaal naast %1 hoorde er niet bij en is genegeerd.</translation>
    </message>
    <message>
        <source>%1 is a link that leads back to itself; it is not an Akkoord file.</source>
        <translation>%1 is een koppeling die naar zichzelf terugleidt; het is geen Akkoord-bestand.</translation>
    </message>
    <message>
        <source>The name %1 is too long for this system.</source>
        <translation>De naam %1 is te lang voor dit systeem.</translation>
    </message>
    <message>
        <source>You have no permission to read %1.</source>
        <translation>U hebt geen toestemming om %1 te lezen.</translation>
    </message>
    <message>
        <source>%1 is a link to a file that does not exist.</source>
        <translation>%1 is een koppeling naar een bestand dat niet bestaat.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Akkoord file.</source>
        <translation>%1 is een map, geen Akkoord-bestand.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket); Akkoord opens only files.</source>
        <translation>%1 is geen gewoon bestand (het is een apparaat, een pipe of een socket); Akkoord opent alleen bestanden.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not an Akkoord file, or it was cut off while being copied.</source>
        <translation>%1 is leeg: het is geen Akkoord-bestand, of het is tijdens het kopiëren afgebroken.</translation>
    </message>
    <message>
        <source>%1 is not an Akkoord file.</source>
        <translation>%1 is geen Akkoord-bestand.</translation>
    </message>
    <message>
        <source>%1 is a database, but not an Akkoord file.</source>
        <translation>%1 is een database, maar geen Akkoord-bestand.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Akkoord; please update Akkoord to open it.</source>
        <translation>%1 is gemaakt met een nieuwere versie van Akkoord; werk Akkoord bij om het te openen.</translation>
    </message>
    <message>
        <source>%1 is not a sound Akkoord file: it holds tables, views or triggers that Akkoord does not make.</source>
        <translation>%1 is geen gaaf Akkoord-bestand: het bevat tabellen, views of triggers die Akkoord niet maakt.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely. Open one of its backups instead.</source>
        <translation>%1 is beschadigd en kan niet veilig worden geopend. Open in plaats daarvan een van de reservekopieën.</translation>
    </message>
    <message>
        <source>%1 takes too long to read: it is damaged or was made to stall programs, so it is not opened.</source>
        <translation>Het lezen van %1 duurt te lang: het is beschadigd of gemaakt om programma’s te laten vastlopen, dus het wordt niet geopend.</translation>
    </message>
    <message>
        <source>%1 is damaged or not an Akkoord file.</source>
        <translation>%1 is beschadigd of geen Akkoord-bestand.</translation>
    </message>
    <message>
        <source>A journal beside %1 did not belong to it and was not applied; it is kept as %2.</source>
        <translation>Een journaal naast %1 hoorde er niet bij en is niet toegepast; het is bewaard als %2.</translation>
    </message>
    <message>
        <source>A journal of an earlier file named %1 is in the way and cannot be moved aside; remove %2 first.</source>
        <translation>Een journaal van een eerder bestand met de naam %1 zit in de weg en kan niet opzij worden gezet; verwijder eerst %2.</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>proces %1</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>proces %1 op %2</translation>
    </message>
    <message>
        <source>%1 holds a text of more than %2 million characters (%3), more than Akkoord reads, so it is not opened.</source>
        <translation>%1 bevat een tekst van meer dan %2 miljoen tekens (%3), meer dan Akkoord leest; het wordt daarom niet geopend.</translation>
    </message>
    <message>
        <source>%1 cannot be written (it or its folder is read-only).</source>
        <translation>%1 kan niet worden geschreven (het bestand of de map is alleen-lezen).</translation>
    </message>
    <message>
        <source>The disk is full: the last change to %1 could not be saved. Free some space.</source>
        <translation>De schijf is vol: de laatste wijziging in %1 kon niet worden opgeslagen. Maak wat ruimte vrij.</translation>
    </message>
    <message>
        <source>Reading or writing %1 failed (a disk or network error); check the disk and try again.</source>
        <translation>Lezen of schrijven van %1 is mislukt (een schijf- of netwerkfout); controleer de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 was moved or removed while it was open, so the last change could not be saved.</source>
        <translation>%1 is verplaatst of verwijderd terwijl het open was, dus de laatste wijziging kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>%1 holds more than %L2 records in one list (%3), more than Akkoord takes, so it is not opened.</source>
        <translation>%1 bevat meer dan %L2 gegevens in één lijst (%3), meer dan Akkoord aankan; het bestand wordt daarom niet geopend.</translation>
    </message>
</context>
<context>
    <name>akkoord::TrajectorySession</name>
    <message>
        <source>Edit answer</source>
        <translation>Antwoord bewerken</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Change selection</source>
        <translation>Keuze wijzigen</translation>
    </message>
    <message>
        <source>Restore earlier version</source>
        <translation>Eerdere versie herstellen</translation>
    </message>
    <message>
        <source>Edit input</source>
        <translation>Inbreng bewerken</translation>
    </message>
    <message>
        <source>Change score</source>
        <translation>Score wijzigen</translation>
    </message>
    <message>
        <source>Clear score</source>
        <translation>Score wissen</translation>
    </message>
    <message>
        <source>Add partner</source>
        <translation>Partner toevoegen</translation>
    </message>
    <message>
        <source>Edit partner</source>
        <translation>Partner bewerken</translation>
    </message>
    <message numerus="yes">
        <source>%n partner contributions to questions will be removed</source>
        <translation>
            <numerusform>%n eigen inbreng bij een vraag wordt verwijderd</numerusform>
            <numerusform>%n eigen inbrengen bij vragen worden verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scores will be removed</source>
        <translation>
            <numerusform>%n score wordt verwijderd</numerusform>
            <numerusform>%n scores worden verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements will lose their owner</source>
        <translation>
            <numerusform>%n afspraak verliest haar eigenaar</numerusform>
            <numerusform>%n afspraken verliezen hun eigenaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements will lose this partner as a contributor</source>
        <translation>
            <numerusform>%n afspraak verliest deze partner als bijdrager</numerusform>
            <numerusform>%n afspraken verliezen deze partner als bijdrager</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Volgorde wijzigen</translation>
    </message>
    <message>
        <source>Add ambition</source>
        <translation>Ambitie toevoegen</translation>
    </message>
    <message>
        <source>Edit ambition</source>
        <translation>Ambitie bewerken</translation>
    </message>
    <message>
        <source>Remove ambition</source>
        <translation>Ambitie verwijderen</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Edit agreement</source>
        <translation>Afspraak bewerken</translation>
    </message>
    <message>
        <source>Remove agreement</source>
        <translation>Afspraak verwijderen</translation>
    </message>
    <message>
        <source>Add dilemma</source>
        <translation>Dilemma toevoegen</translation>
    </message>
    <message>
        <source>Edit dilemma</source>
        <translation>Dilemma bewerken</translation>
    </message>
    <message>
        <source>Remove dilemma</source>
        <translation>Dilemma verwijderen</translation>
    </message>
    <message>
        <source>Change now and desired</source>
        <translation>Nu en gewenst wijzigen</translation>
    </message>
    <message>
        <source>Start hidden round</source>
        <translation>Verborgen ronde starten</translation>
    </message>
    <message>
        <source>Reveal scores</source>
        <translation>Scores onthullen</translation>
    </message>
    <message>
        <source>Add accountability</source>
        <translation>Verantwoording toevoegen</translation>
    </message>
    <message>
        <source>Edit accountability</source>
        <translation>Verantwoording bewerken</translation>
    </message>
    <message>
        <source>Remove accountability</source>
        <translation>Verantwoording verwijderen</translation>
    </message>
    <message>
        <source>Add evaluation moment</source>
        <translation>Evaluatiemoment toevoegen</translation>
    </message>
    <message>
        <source>Edit evaluation moment</source>
        <translation>Evaluatiemoment bewerken</translation>
    </message>
    <message>
        <source>Remove evaluation moment</source>
        <translation>Evaluatiemoment verwijderen</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Ronde bewerken</translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <source>Add respondent</source>
        <translation>Respondent toevoegen</translation>
    </message>
    <message>
        <source>Edit respondent</source>
        <translation>Respondent bewerken</translation>
    </message>
    <message>
        <source>Remove respondent</source>
        <translation>Respondent verwijderen</translation>
    </message>
    <message>
        <source>Enter score</source>
        <translation>Score invoeren</translation>
    </message>
    <message>
        <source>Enter explanation</source>
        <translation>Toelichting invoeren</translation>
    </message>
    <message>
        <source>%1 Your text is kept and saved as soon as that works again; you can also save a copy elsewhere.</source>
        <translation>%1 Uw tekst blijft bewaard en wordt opgeslagen zodra dat weer lukt; u kunt ook elders een kopie opslaan.</translation>
    </message>
    <message>
        <source>Edit covenant text</source>
        <translation>Convenanttekst bewerken</translation>
    </message>
    <message>
        <source>Include article</source>
        <translation>Artikel opnemen</translation>
    </message>
    <message>
        <source>Leave out article</source>
        <translation>Artikel weglaten</translation>
    </message>
    <message>
        <source>Restore standard text</source>
        <translation>Standaardtekst terugzetten</translation>
    </message>
    <message>
        <source>Apply house template</source>
        <translation>Huissjabloon toepassen</translation>
    </message>
</context>
<context>
    <name>akkoord::cli</name>
    <message>
        <source>Say where to write the result with -o FILE.</source>
        <translation>Geef met -o FILE aan waar het resultaat moet komen.</translation>
    </message>
    <message>
        <source>Give exactly one %1.</source>
        <translation>Geef precies één %1 op.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <source>You have no permission to read %1.</source>
        <translation>U hebt geen toestemming om %1 te lezen.</translation>
    </message>
    <message>
        <source>%1 is too large to be an Akkoord export (more than 64 MB).</source>
        <translation>%1 is te groot voor een Akkoord-export (meer dan 64 MB).</translation>
    </message>
    <message>
        <source>Write to FILE.</source>
        <translation>Schrijf naar FILE.</translation>
    </message>
    <message>
        <source>The title of the trajectory.</source>
        <translation>De titel van het traject.</translation>
    </message>
    <message>
        <source>The municipality or region.</source>
        <translation>De gemeente of regio.</translation>
    </message>
    <message>
        <source>Who facilitates the dialogue.</source>
        <translation>Wie het gesprek begeleidt.</translation>
    </message>
    <message>
        <source>The joint issue, in a sentence.</source>
        <translation>Het gezamenlijke vraagstuk, in één zin.</translation>
    </message>
    <message>
        <source>file to create</source>
        <translation>te maken bestand</translation>
    </message>
    <message>
        <source>Give the trajectory a title with --title &quot;…&quot;.</source>
        <translation>Geef het traject een titel met --title &quot;…&quot;.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 gemaakt.</translation>
    </message>
    <message>
        <source>Akkoord file to export</source>
        <translation>te exporteren Akkoord-bestand</translation>
    </message>
    <message>
        <source>JSON file to import</source>
        <translation>te importeren JSON-bestand</translation>
    </message>
    <message>
        <source>Created %1 from %2.</source>
        <translation>%1 gemaakt uit %2.</translation>
    </message>
    <message>
        <source>demo takes no file name of its own; use -o FILE.</source>
        <translation>demo neemt geen eigen bestandsnaam; gebruik -o FILE.</translation>
    </message>
    <message>
        <source>The demo trajectory is missing from this build of Akkoord.</source>
        <translation>Het demotraject ontbreekt in deze versie van Akkoord.</translation>
    </message>
    <message>
        <source>Wrote the demo trajectory to %1.</source>
        <translation>Demotraject geschreven naar %1.</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>Toon de samenvatting als JSON.</translation>
    </message>
    <message>
        <source>Use: akkoord catalog check [DIR] [--json]</source>
        <translation>Gebruik: akkoord catalog check [DIR] [--json]</translation>
    </message>
    <message>
        <source>Give at most one catalogue folder.</source>
        <translation>Geef hoogstens één catalogusmap op.</translation>
    </message>
    <message>
        <source>Use the catalogue in DIR.</source>
        <translation>Gebruik de catalogus in DIR.</translation>
    </message>
    <message>
        <source>Mark the document as a draft (CONCEPT).</source>
        <translation>Markeer het document als concept (CONCEPT).</translation>
    </message>
    <message>
        <source>Akkoord file to report on</source>
        <translation>Akkoord-bestand voor het document</translation>
    </message>
    <message>
        <source>Give --draft or --final, not both.</source>
        <translation>Geef --draft of --final op, niet allebei.</translation>
    </message>
    <message>
        <source>Cannot tell which format to write for %1; use a name ending in .pdf or .odt.</source>
        <translation>Onduidelijk in welk formaat %1 moet worden geschreven; gebruik een naam die eindigt op .pdf of .odt.</translation>
    </message>
    <message>
        <source>The catalogue in %1 has errors; check it with: akkoord catalog check %1</source>
        <translation>De catalogus in %1 bevat fouten; controleer hem met: akkoord catalog check %1</translation>
    </message>
    <message>
        <source>Wrote %1 (fingerprint %2).</source>
        <translation>%1 geschreven (kenmerk %2).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Onbekende opdracht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>convenant (the covenant), sessie (the session report) or vragenlijst (the blank self-assessment questionnaire).</source>
        <translation>convenant (het convenant), sessie (het sessieverslag) of vragenlijst (de blanco vragenlijst zelfevaluatie).</translation>
    </message>
    <message>
        <source>--kind is convenant, sessie or vragenlijst.</source>
        <translation>--kind is convenant, sessie of vragenlijst.</translation>
    </message>
    <message>
        <source>List the automatic backups of FILE.</source>
        <translation>Toon de automatische reservekopieën van FILE.</translation>
    </message>
    <message>
        <source>Restore backup N from the list (1 = newest).</source>
        <translation>Zet reservekopie N uit de lijst terug (1 = nieuwste).</translation>
    </message>
    <message>
        <source>Akkoord file whose backups to use</source>
        <translation>Akkoord-bestand waarvan de reservekopieën gebruikt worden</translation>
    </message>
    <message>
        <source>There are no backups of %1.</source>
        <translation>Er zijn geen reservekopieën van %1.</translation>
    </message>
    <message>
        <source>--backup needs a number from the list (1 = newest).</source>
        <translation>--backup verwacht een nummer uit de lijst (1 = nieuwste).</translation>
    </message>
    <message>
        <source>There are no automatic backups of %1.</source>
        <translation>Er zijn geen automatische reservekopieën van %1.</translation>
    </message>
    <message>
        <source>There are only %1 backups of %2.</source>
        <translation>Er zijn maar %1 reservekopieën van %2.</translation>
    </message>
    <message>
        <source>Restored the backup of %1 to %2.</source>
        <translation>De reservekopie van %1 is teruggezet als %2.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1</source>
        <translation>Er ging iets onverwachts mis: %1</translation>
    </message>
    <message>
        <source>Replace the output file if it exists.</source>
        <translation>Vervang het uitvoerbestand als het al bestaat.</translation>
    </message>
    <message>
        <source>Language of the document, e.g. nl or en.</source>
        <translation>Taal van het document, bijvoorbeeld nl of en.</translation>
    </message>
    <message>
        <source>--lang is one of: %1.</source>
        <translation>--lang is een van: %1.</translation>
    </message>
    <message>
        <source>Akkoord %1 — guided partnership dialogue for youth and child services.</source>
        <translation>Akkoord %1 — begeleide partnerschapsdialoog voor jeugd en kind.</translation>
    </message>
    <message>
        <source>akkoord: this build has no window; give a command (see akkoord --help).</source>
        <translation>akkoord: deze versie heeft geen venster; geef een opdracht (zie akkoord --help).</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschadigd</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>Start from the covenant wording of this house template.</source>
        <translation>Begin met de convenanttekst van dit huisstijlsjabloon.</translation>
    </message>
    <message>
        <source>Use: akkoord template check FILE…</source>
        <translation>Gebruik: akkoord template check BESTAND…</translation>
    </message>
    <message>
        <source>%1: a sound house template (%2); articles worded or left out: %3.</source>
        <translation>%1: een correct huisstijlsjabloon (%2); eigen tekst of weggelaten: %3 artikelen.</translation>
    </message>
    <message>
        <source>without a name</source>
        <translation>zonder naam</translation>
    </message>
    <message>
        <source>Make the final covenant; refused while anything stands in the way of signing.</source>
        <translation>Maak het definitieve convenant; dat wordt geweigerd zolang iets de ondertekening in de weg staat.</translation>
    </message>
    <message>
        <source>For the questionnaire: all, professionals or parents-young-people.</source>
        <translation>Voor de vragenlijst: all (iedereen), professionals of parents-young-people (ouders en jongeren).</translation>
    </message>
    <message>
        <source>--audience is all, professionals or parents-young-people.</source>
        <translation>--audience is all, professionals of parents-young-people.</translation>
    </message>
    <message>
        <source>--audience is for the questionnaire (--kind vragenlijst).</source>
        <translation>--audience hoort bij de vragenlijst (--kind vragenlijst).</translation>
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
        <translation>Gebruik:
  akkoord [BESTAND.akkoord]                    open het programma (met BESTAND)
  akkoord new BESTAND.akkoord --title &quot;…&quot;       maak een leeg traject
        [--municipality &quot;…&quot;] [--facilitator &quot;…&quot;] [--issue &quot;…&quot;] [--template HUISSTIJL.akkoord-template]
  akkoord export BESTAND.akkoord -o UIT.json   schrijf alles uit BESTAND als JSON (-o - voor stdout)
        [--force]                              vervang UIT als het al bestaat
  akkoord import IN.json -o BESTAND.akkoord    maak een nieuw bestand van een export
  akkoord demo -o BESTAND.akkoord              schrijf het demotraject
  akkoord catalog check [MAP] [--json]         controleer een vragencatalogus
  akkoord template check BESTAND…              controleer huisstijlsjablonen (convenanttekst)
  akkoord restore BESTAND.akkoord --list       toon de automatische reservekopieën van BESTAND
  akkoord restore BESTAND.akkoord [--backup N] -o UIT.akkoord   zet een reservekopie terug (1 = nieuwste)
  akkoord report BESTAND.akkoord --kind convenant|sessie|vragenlijst -o UIT.pdf|UIT.odt
        [--lang nl|en] [--draft|--final] [--force] [--audience professionals|parents-young-people]
                                               schrijf het convenant, het sessieverslag of een lege
                                               zelfevaluatievragenlijst voor op papier

Opties:
  --catalog MAP      gebruik de catalogus in MAP in plaats van de ingebouwde
  --lang nl|en       taal van de interface en de catalogus
  -h, --help         toon deze hulp
  -v, --version      toon de versie
</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AboutDialog</name>
    <message>
        <source>Akkoord %1</source>
        <translation>Akkoord %1</translation>
    </message>
    <message>
        <source>Question catalogue %1 · Qt %2</source>
        <translation>Vragencatalogus %1 · Qt %2</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AccountabilityEditor</name>
    <message>
        <source>Add accountability</source>
        <translation>Verantwoording toevoegen</translation>
    </message>
    <message>
        <source>Evaluation moments</source>
        <translation>Evaluatiemomenten</translation>
    </message>
    <message>
        <source>Add evaluation moment</source>
        <translation>Evaluatiemoment toevoegen</translation>
    </message>
    <message>
        <source>About what</source>
        <translation>Waarover</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Aan wie</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Hoe vaak</translation>
    </message>
    <message>
        <source>In what form</source>
        <translation>In welke vorm</translation>
    </message>
    <message>
        <source>e.g. progress on the agreements</source>
        <translation>bijv. voortgang van de afspraken</translation>
    </message>
    <message>
        <source>e.g. municipal council, boards, parents</source>
        <translation>bijv. gemeenteraad, besturen, ouders</translation>
    </message>
    <message>
        <source>e.g. every year in October</source>
        <translation>bijv. jaarlijks in oktober</translation>
    </message>
    <message>
        <source>e.g. a joint report</source>
        <translation>bijv. gezamenlijke rapportage</translation>
    </message>
    <message>
        <source>Accountability</source>
        <translation>Verantwoording</translation>
    </message>
    <message>
        <source>What do we evaluate, and with whom?</source>
        <translation>Wat evalueren we, met wie?</translation>
    </message>
    <message>
        <source>Evaluation moment</source>
        <translation>Evaluatiemoment</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AgreementsEditor</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Indicator</source>
        <translation>&amp;Indicator</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Building block:</source>
        <translation>&amp;Bouwsteen:</translation>
    </message>
    <message>
        <source>Add agreement</source>
        <translation>Afspraak toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>(not yet described)</source>
        <translation>(nog niet beschreven)</translation>
    </message>
    <message>
        <source>What do we agree on?</source>
        <translation>Wat spreken we af?</translation>
    </message>
    <message>
        <source>No later than</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>Hours, money, accommodation</source>
        <translation>Uren, geld, huisvesting</translation>
    </message>
    <message>
        <source>How do we know it works?</source>
        <translation>Hoe weten we dat het werkt?</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Eigenaar</translation>
    </message>
    <message>
        <source>Contributing partners</source>
        <translation>Bijdragende partners</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Middelen</translation>
    </message>
    <message>
        <source>&amp;Target value</source>
        <translation>Streef&amp;waarde</translation>
    </message>
    <message>
        <source>Serves ambition(s)</source>
        <translation>Dient ambitie(s)</translation>
    </message>
    <message>
        <source>Questions that an agreement in this building block answers</source>
        <translation>Vragen die een afspraak in deze bouwsteen beantwoordt</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <source>(no owner yet)</source>
        <translation>(nog geen eigenaar)</translation>
    </message>
    <message>
        <source>(untitled ambition)</source>
        <translation>(ambitie zonder titel)</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AmbitionsEditor</name>
    <message>
        <source>Add ambition</source>
        <translation>Ambitie toevoegen</translation>
    </message>
    <message>
        <source>Ambition</source>
        <translation>Ambitie</translation>
    </message>
    <message>
        <source>What do children and parents gain from it?</source>
        <translation>Wat hebben kinderen en ouders eraan?</translation>
    </message>
    <message>
        <source>For example: every child starts Year 2 with good language skills</source>
        <translation>Bijvoorbeeld: elk kind start taalvaardig in groep 3</translation>
    </message>
    <message>
        <source>Intended result for children and parents</source>
        <translation>Beoogd resultaat voor kinderen en ouders</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AssessmentPage</name>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Respondent %1</source>
        <translation>Respondent %1</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <source>An honest look at the partnership: every respondent rates statements for each building block. Most valuable are the places where core and outer partners see things differently.</source>
        <translation>Een eerlijke blik op de samenwerking: iedere respondent beoordeelt stellingen per bouwsteen. Het waardevolst is waar kern- en schilpartners verschillend kijken.</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Ronde:</translation>
    </message>
    <message>
        <source>&amp;New round</source>
        <translation>&amp;Nieuwe ronde</translation>
    </message>
    <message>
        <source>Remove round…</source>
        <translation>Ronde verwijderen…</translation>
    </message>
    <message>
        <source>Let respondents fill it in themselves…</source>
        <translation>Respondenten zelf laten invullen…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporteren als CSV…</translation>
    </message>
    <message>
        <source>New &amp;respondent</source>
        <translation>Nieuwe &amp;respondent</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Enter</source>
        <translation>&amp;Invoeren</translation>
    </message>
    <message>
        <source>Resul&amp;ts</source>
        <translation>Resul&amp;taten</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <source>Remove round</source>
        <translation>Ronde verwijderen</translation>
    </message>
    <message>
        <source>Remove this round with all its respondents and answers? You can undo this with Ctrl+Z.</source>
        <translation>Deze ronde met al haar respondenten en antwoorden verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Antwoorden exporteren</translation>
    </message>
    <message>
        <source>self-assessment.csv</source>
        <translation>zelfevaluatie.csv</translation>
    </message>
    <message>
        <source>Round 1</source>
        <translation>Ronde 1</translation>
    </message>
    <message>
        <source>Fill in the self-assessment</source>
        <translation>Zelfevaluatie invullen</translation>
    </message>
    <message>
        <source>Fill in the questionnaire and choose Done. Your answers are then hidden from the next person.</source>
        <translation>Vul de vragenlijst in en kies Klaar. Uw antwoorden zijn daarna niet meer zichtbaar voor de volgende persoon.</translation>
    </message>
    <message>
        <source>Done — next person</source>
        <translation>Klaar — volgende persoon</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>no organisation</source>
        <translation>geen organisatie</translation>
    </message>
    <message>
        <source>Respondents per partner — %1</source>
        <translation>Respondenten per partner — %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <source>No respondent yet from: %1</source>
        <translation>Nog geen respondent van: %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AssessmentResultsView</name>
    <message>
        <source>%1 (± %2)</source>
        <translation>%1 (± %2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>too few respondents</source>
        <translation>te weinig respondenten</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>geen gegevens</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Bouwsteen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Core partners</source>
        <translation>Kernpartners</translation>
    </message>
    <message>
        <source>Outer partners</source>
        <translation>Schilpartners</translation>
    </message>
    <message>
        <source>Largest differences between core and outer partners</source>
        <translation>Grootste verschil tussen kern- en schilpartners</translation>
    </message>
    <message>
        <source>Most disagreement between respondents</source>
        <translation>Meeste onenigheid tussen respondenten</translation>
    </message>
    <message>
        <source>&amp;Compare with round:</source>
        <translation>&amp;Vergelijk met ronde:</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>No round yet. Choose New round to start a self-assessment, or print a blank questionnaire from Documents.</source>
        <translation>Nog geen ronde. Kies Nieuwe ronde om een zelfevaluatie te beginnen, of druk een blanco vragenlijst af via Documenten.</translation>
    </message>
    <message>
        <source>%1 respondents: %2 from core partners, %3 from outer partners.</source>
        <translation>%1 respondenten: %2 van kernpartners, %3 van schilpartners.</translation>
    </message>
    <message>
        <source>Only outer partners have answered: this picture is one-sided.</source>
        <translation>Alleen schilpartners hebben geantwoord: dit beeld is eenzijdig.</translation>
    </message>
    <message>
        <source>Only core partners have answered: this picture is one-sided. Ask the outer partners for their view as well.</source>
        <translation>Alleen kernpartners hebben geantwoord: dit beeld is eenzijdig. Vraag ook schilpartners om hun kijk.</translation>
    </message>
    <message>
        <source>Fewer than %1 core partners: their results are not shown separately, so that no one can be identified.</source>
        <translation>Minder dan %1 kernpartners: hun uitkomsten worden niet apart getoond, zodat niemand herkenbaar is.</translation>
    </message>
    <message>
        <source>Fewer than %1 outer partners: their results are not shown separately, so that no one can be identified.</source>
        <translation>Minder dan %1 schilpartners: hun uitkomsten worden niet apart getoond, zodat niemand herkenbaar is.</translation>
    </message>
    <message>
        <source>No respondent yet from: %1.</source>
        <translation>Nog geen respondent van: %1.</translation>
    </message>
    <message>
        <source>%1 — core %2, outer %3</source>
        <translation>%1 — kern %2, schil %3</translation>
    </message>
    <message>
        <source>Too few respondents in one of the two groups to compare.</source>
        <translation>Te weinig respondenten in een van beide groepen om te vergelijken.</translation>
    </message>
    <message>
        <source>%1 — spread %2</source>
        <translation>%1 — spreiding %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>%1 (before)</source>
        <translation>%1 (eerder)</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ChecklistEditor</name>
    <message>
        <source>Explanation, for example which municipal departments are needed</source>
        <translation>Toelichting, bijvoorbeeld welke gemeentelijke afdelingen nodig zijn</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>First add partners on the Partners page.</source>
        <translation>Voeg eerst partners toe op de pagina Partners.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::CovenantWording</name>
    <message>
        <source>Articles and clauses</source>
        <translation>Artikelen en bepalingen</translation>
    </message>
    <message>
        <source>Tick an optional article to include it; select an article or a clause to read or reword it.</source>
        <translation>Vink een facultatief artikel aan om het op te nemen; kies een artikel of bepaling om de tekst te lezen of te herformuleren.</translation>
    </message>
    <message>
        <source>Standard articles</source>
        <translation>Standaardartikelen</translation>
    </message>
    <message>
        <source>Recitals and clauses from the dialogue</source>
        <translation>Overwegingen en bepalingen uit de dialoog</translation>
    </message>
    <message>
        <source>Wording of the article</source>
        <translation>Tekst van het artikel</translation>
    </message>
    <message>
        <source>&amp;Back to the standard text</source>
        <translation>&amp;Terug naar de standaardtekst</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>Voorstel overne&amp;men</translation>
    </message>
    <message>
        <source>&amp;Text in the covenant:</source>
        <translation>Tekst in het &amp;convenant:</translation>
    </message>
    <message>
        <source>Not in the covenant yet: accept the proposal or write the text yourself. Clearing the text takes it out again.</source>
        <translation>Nog niet in het convenant: neem het voorstel over of schrijf de tekst zelf. Als u de tekst leegmaakt, gaat hij er weer uit.</translation>
    </message>
    <message>
        <source>Save wording as &amp;house template…</source>
        <translation>Formulering opslaan als &amp;huissjabloon…</translation>
    </message>
    <message>
        <source>Saves the wording of the standard articles, and which optional ones are off, as a file colleagues can use for their trajectories.</source>
        <translation>Slaat de tekst van de standaardartikelen op, en welke facultatieve artikelen uit staan, als bestand dat collega&apos;s voor hun trajecten kunnen gebruiken.</translation>
    </message>
    <message>
        <source>Appl&amp;y house template…</source>
        <translation>Huissjabloon toepa&amp;ssen…</translation>
    </message>
    <message>
        <source>Replaces the wording of the standard articles with a house template&apos;s; the clauses from the dialogue stay.</source>
        <translation>Vervangt de tekst van de standaardartikelen door die van een huissjabloon; de bepalingen uit de dialoog blijven staan.</translation>
    </message>
    <message>
        <source>Save house template</source>
        <translation>Huissjabloon opslaan</translation>
    </message>
    <message>
        <source>House templates (*.akkoord-template)</source>
        <translation>Huissjablonen (*.akkoord-template)</translation>
    </message>
    <message>
        <source>Apply house template</source>
        <translation>Huissjabloon toepassen</translation>
    </message>
    <message>
        <source>House template not applied</source>
        <translation>Huissjabloon niet toegepast</translation>
    </message>
    <message>
        <source>Article %1. %2</source>
        <translation>Artikel %1. %2</translation>
    </message>
    <message>
        <source>%1 (does not apply here)</source>
        <translation>%1 (niet van toepassing)</translation>
    </message>
    <message>
        <source> · own wording</source>
        <translation> · eigen tekst</translation>
    </message>
    <message>
        <source>This article does not apply to this trajectory, so the covenant leaves it out.</source>
        <translation>Dit artikel is niet van toepassing op dit traject; het convenant laat het weg.</translation>
    </message>
    <message>
        <source>Optional: untick it to leave it out of the covenant.</source>
        <translation>Facultatief: vink het uit om het uit het convenant te laten.</translation>
    </message>
    <message>
        <source>Every covenant has this article: it cannot be switched off, but its wording can be changed.</source>
        <translation>Elk convenant heeft dit artikel: het kan niet uit, maar de tekst kunt u aanpassen.</translation>
    </message>
    <message>
        <source>Accepted: in the covenant</source>
        <translation>Overgenomen: staat in het convenant</translation>
    </message>
    <message>
        <source>Not accepted yet: not in the covenant</source>
        <translation>Nog niet overgenomen: staat niet in het convenant</translation>
    </message>
    <message>
        <source>Recitals and clauses from the dialogue (%1 of %2 accepted)</source>
        <translation>Overwegingen en bepalingen uit de dialoog (%1 van %2 overgenomen)</translation>
    </message>
    <message>
        <source>Your own wording for this trajectory.</source>
        <translation>Uw eigen tekst voor dit traject.</translation>
    </message>
    <message>
        <source>The standard wording, with this trajectory&apos;s facts filled in.</source>
        <translation>De standaardtekst, met de gegevens van dit traject ingevuld.</translation>
    </message>
    <message>
        <source>The article does not apply to this trajectory, so the covenant leaves it out.</source>
        <translation>Het artikel is niet van toepassing op dit traject; het convenant laat het weg.</translation>
    </message>
    <message>
        <source>Switched off: the covenant leaves it out.</source>
        <translation>Uitgezet: het convenant laat het weg.</translation>
    </message>
    <message>
        <source>An empty line starts a new paragraph.</source>
        <translation>Een lege regel begint een nieuw lid.</translation>
    </message>
    <message>
        <source>Proposed from the answer to: %1</source>
        <translation>Voorgesteld op grond van het antwoord op: %1</translation>
    </message>
    <message>
        <source>Proposed from the dialogue.</source>
        <translation>Voorgesteld op grond van de dialoog.</translation>
    </message>
    <message>
        <source>The dialogue has nothing for this yet.</source>
        <translation>De dialoog levert hiervoor nog niets op.</translation>
    </message>
    <message>
        <source>Accepted as proposed: in the covenant.</source>
        <translation>Overgenomen zoals voorgesteld: staat in het convenant.</translation>
    </message>
    <message>
        <source>Accepted in your own words: in the covenant.</source>
        <translation>In eigen woorden overgenomen: staat in het convenant.</translation>
    </message>
    <message>
        <source>Not accepted: the covenant leaves it out.</source>
        <translation>Niet overgenomen: het convenant laat het weg.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::DilemmaEditor</name>
    <message>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose from the &amp;list…</source>
        <translation>Uit de lijst &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Add your own dilemma</source>
        <translation>&amp;Eigen dilemma toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>There are no dilemmas in the register yet. Choose a common dilemma from the list, or add a dilemma the group names itself.</source>
        <translation>Er staan nog geen dilemma&apos;s in het register. Kies een veelvoorkomend dilemma uit de lijst, of voeg een dilemma toe dat de groep zelf benoemt.</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemma&apos;s</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nog zonder titel)</translation>
    </message>
    <message>
        <source>%1 in the register, %2 open</source>
        <translation>%1 in het register, %2 open</translation>
    </message>
    <message>
        <source>The selected dilemma</source>
        <translation>Het gekozen dilemma</translation>
    </message>
    <message>
        <source>The dilemma in one sentence</source>
        <translation>Het dilemma in één zin</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Where is the tension, and for whom?</source>
        <translation>Waar knelt het, en voor wie?</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>T&amp;oelichting</translation>
    </message>
    <message>
        <source>First add partners on the Partners page.</source>
        <translation>Voeg eerst partners toe op de pagina Partners.</translation>
    </message>
    <message>
        <source>Others, for example parents of toddlers</source>
        <translation>Anderen, bijvoorbeeld ouders van peuters</translation>
    </message>
    <message>
        <source>Who else it affects</source>
        <translation>Wie het verder raakt</translation>
    </message>
    <message>
        <source>&amp;Who is affected?</source>
        <translation>&amp;Wie raakt het?</translation>
    </message>
    <message>
        <source>For example: an escalation route, a joint budget or a standing consultation group</source>
        <translation>Bijvoorbeeld: een escalatieroute, een gezamenlijk budget of een vaste overlegtafel</translation>
    </message>
    <message>
        <source>&amp;How do we handle it?</source>
        <translation>&amp;Hoe gaan we ermee om?</translation>
    </message>
    <message>
        <source>Agreements that settle the dilemma</source>
        <translation>Afspraken die het dilemma beslechten</translation>
    </message>
    <message>
        <source>There are no agreements yet. They are made in the Develop phase; then link the dilemma here to the agreement that settles it. Until then, the dilemma stays visible there as open.</source>
        <translation>Er zijn nog geen afspraken. Die worden gemaakt in de fase Ontwikkelen; koppel het dilemma daarna hier aan de afspraak die het beslecht. Tot dan blijft het dilemma daar zichtbaar als open.</translation>
    </message>
    <message>
        <source>Which a&amp;greement settles it?</source>
        <translation>Welke afspraak &amp;beslecht het?</translation>
    </message>
    <message>
        <source>Add a common dilemma from the guide</source>
        <translation>Een veelvoorkomend dilemma uit de handreiking toevoegen</translation>
    </message>
    <message>
        <source>All dilemmas from the list are already in the register.</source>
        <translation>Alle dilemma&apos;s uit de lijst staan al in het register.</translation>
    </message>
    <message>
        <source>Remove dilemma</source>
        <translation>Dilemma verwijderen</translation>
    </message>
    <message>
        <source>Remove the dilemma ‘%1’ from the register? You can undo this with Ctrl+Z.</source>
        <translation>Het dilemma ‘%1’ uit het register verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>(not yet described)</source>
        <translation>(nog niet beschreven)</translation>
    </message>
    <message>
        <source>From the list of common dilemmas; feel free to adapt the text to your own situation.</source>
        <translation>Uit de lijst met veelvoorkomende dilemma&apos;s; pas de tekst gerust aan op de eigen situatie.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::DocumentsPage</name>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Covenant</source>
        <translation>Convenant</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Sessieverslag</translation>
    </message>
    <message>
        <source>Self-assessment questionnaire (blank)</source>
        <translation>Vragenlijst zelfevaluatie (blanco)</translation>
    </message>
    <message>
        <source>Draft while anything is missing</source>
        <translation>Concept zolang er iets ontbreekt</translation>
    </message>
    <message>
        <source>Always draft</source>
        <translation>Altijd concept</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versie</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Exporteren als &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;ODT…</source>
        <translation>Exporteren als &amp;ODT…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>Content reference: %1</source>
        <translation>Kenmerk van de inhoud: %1</translation>
    </message>
    <message>
        <source>Change covenant details</source>
        <translation>Convenantgegevens wijzigen</translation>
    </message>
    <message>
        <source>Updating preview…</source>
        <translation>Voorbeeld wordt bijgewerkt…</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n pages</source>
        <translation>
            <numerusform>Voorbeeld: %n pagina</numerusform>
            <numerusform>Voorbeeld: %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>covenant</source>
        <translation>convenant</translation>
    </message>
    <message>
        <source>session-report</source>
        <translation>sessieverslag</translation>
    </message>
    <message>
        <source>questionnaire</source>
        <translation>vragenlijst</translation>
    </message>
    <message>
        <source>Export document</source>
        <translation>Document exporteren</translation>
    </message>
    <message>
        <source>OpenDocument Text (*.odt)</source>
        <translation>OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Still missing for a covenant to sign</source>
        <translation>Nog nodig voor een convenant om te ondertekenen</translation>
    </message>
    <message>
        <source>Double-click an item, or press Enter, to go to the place to fix it</source>
        <translation>Dubbelklik op een punt, of druk op Enter, om naar de plek te gaan waar u het oplost</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Nog nodig</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Double-click or press Enter to go there</source>
        <translation>Dubbelklik of druk op Enter om erheen te gaan</translation>
    </message>
    <message>
        <source>Ready to sign</source>
        <translation>Klaar voor ondertekening</translation>
    </message>
    <message>
        <source>Still missing (%1)</source>
        <translation>Nog nodig (%1)</translation>
    </message>
    <message>
        <source>Nothing stands in the way of a covenant to sign: the parties, their representation, the agreements and the arrangements for its term are all in order.</source>
        <translation>Niets staat een convenant om te ondertekenen in de weg: de partijen, hun vertegenwoordiging, de afspraken en de regeling van de looptijd zijn in orde.</translation>
    </message>
    <message>
        <source>Still standing in the way of a covenant to sign (you can make a draft in the meantime). Double-click an item to go to the place to fix it.</source>
        <translation>Dit staat een convenant om te ondertekenen nog in de weg (een concept kunt u intussen al maken). Dubbelklik op een punt om naar de plek te gaan waar u het oplost.</translation>
    </message>
    <message>
        <source>This date lies before the date of signing: a covenant cannot enter into force before it is signed. Choose a later date, or &quot;%1&quot; if that is what the parties intend.</source>
        <translation>Deze datum ligt vóór de datum van ondertekening: een convenant kan niet in werking treden voordat het is ondertekend. Kies een latere datum, of ‘%1’ als de partijen dat bedoelen.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::FileController</name>
    <message>
        <source>Could not open the file</source>
        <translation>Openen mislukt</translation>
    </message>
    <message>
        <source>%1

There is an automatic backup from %2. Open it? It is saved as a new file; the original file stays as it is.</source>
        <translation>%1

Er is een automatische reservekopie van %2. Wilt u die openen? Ze wordt bewaard als een nieuw bestand; het oorspronkelijke bestand blijft zoals het is.</translation>
    </message>
    <message>
        <source>%1 (restored %2)</source>
        <translation>%1 (hersteld %2)</translation>
    </message>
    <message>
        <source>Backup restored as %1</source>
        <translation>Reservekopie teruggezet als %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Reservekopieën</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen reservekopieën van dit bestand.</translation>
    </message>
    <message>
        <source>%1 (checked, sound)</source>
        <translation>%1 (gecontroleerd, in orde)</translation>
    </message>
    <message>
        <source>%1 (damaged when made)</source>
        <translation>%1 (beschadigd bij het maken)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Choose a backup. It is saved as a new file beside this one and opened.</source>
        <translation>Kies een reservekopie. Ze wordt als nieuw bestand naast dit bestand bewaard en geopend.</translation>
    </message>
    <message>
        <source>Open trajectory</source>
        <translation>Traject openen</translation>
    </message>
    <message>
        <source>Akkoord trajectories (*.akkoord);;All files (*)</source>
        <translation>Akkoord-trajecten (*.akkoord);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save trajectory as</source>
        <translation>Traject bewaren als</translation>
    </message>
    <message>
        <source>Akkoord trajectories (*.akkoord)</source>
        <translation>Akkoord-trajecten (*.akkoord)</translation>
    </message>
    <message>
        <source>The demo is missing from this version of Akkoord.</source>
        <translation>De demo ontbreekt in deze versie van Akkoord.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie opslaan</translation>
    </message>
    <message>
        <source>Choose a name other than that of the open file.</source>
        <translation>Kies een andere naam dan het geopende bestand.</translation>
    </message>
    <message>
        <source>Copy saved as %1</source>
        <translation>Kopie opgeslagen als %1</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporteren als JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::GapsEditor</name>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Grafiek:</translation>
    </message>
    <message>
        <source>The ‘now and desired’ round in %1 is still hidden. Reveal the scores there to discuss them here.</source>
        <translation>De ronde ‘nu en gewenst’ in %1 is nog verborgen. Onthul de scores daar om ze hier te bespreken.</translation>
    </message>
    <message>
        <source>No scores for now and desired yet. Have the partners score each building block in %1; the analysis then appears here.</source>
        <translation>Nog geen scores voor nu en gewenst. Laat de partners in %1 per bouwsteen scoren; de analyse verschijnt dan hier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Largest gap&lt;/b&gt; — %1: %2 points on average (now %3, desired %4)</source>
        <translation>&lt;b&gt;Grootste afstand&lt;/b&gt; — %1: gemiddeld %2 punt (nu %3, gewenst %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Most disagreement&lt;/b&gt; — %1: partners differ by %2 points on %3</source>
        <translation>&lt;b&gt;Meeste verschil van inzicht&lt;/b&gt; — %1: partners verschillen %2 punten over %3</translation>
    </message>
    <message>
        <source>the current situation</source>
        <translation>de huidige situatie</translation>
    </message>
    <message>
        <source>the desired situation</source>
        <translation>de gewenste situatie</translation>
    </message>
    <message>
        <source>No notable gap or disagreement: the partners see it roughly the same way.</source>
        <translation>Geen opvallende afstand of verschil van inzicht: de partners zien het ongeveer hetzelfde.</translation>
    </message>
    <message>
        <source>Topics for discussion:</source>
        <translation>Gespreksonderwerpen:</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Begrippenlijst</translation>
    </message>
    <message>
        <source>The abbreviations and terms the questions and documents use, in plain words.</source>
        <translation>De afkortingen en begrippen uit de vragen en documenten, in gewone woorden uitgelegd.</translation>
    </message>
    <message>
        <source>Find a term…</source>
        <translation>Zoek een begrip…</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begrip</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>This catalogue has no glossary.</source>
        <translation>Deze catalogus heeft geen begrippenlijst.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::HistoryDialog</name>
    <message>
        <source>Restore this version</source>
        <translation>Deze versie terugzetten</translation>
    </message>
    <message>
        <source>No earlier versions yet.</source>
        <translation>Nog geen eerdere versies.</translation>
    </message>
    <message>
        <source>Could not restore the version</source>
        <translation>Terugzetten mislukt</translation>
    </message>
    <message>
        <source>This version cannot be read, so it cannot be restored.</source>
        <translation>Deze versie is onleesbaar en kan daarom niet worden teruggezet.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::HistoryModel</name>
    <message>
        <source>This version cannot be read; it is shown as saved.</source>
        <translation>Deze versie is onleesbaar; ze wordt getoond zoals ze is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::MainActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New trajectory…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>&amp;Demo openen</translation>
    </message>
    <message>
        <source>Save a cop&amp;y as…</source>
        <translation>&amp;Kopie opslaan als…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Export as JSON…</source>
        <translation>&amp;Exporteren als JSON…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Reservekopie terugzetten…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>&amp;Navigeren</translation>
    </message>
    <message>
        <source>&amp;Next question</source>
        <translation>&amp;Volgende vraag</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Previous question</source>
        <translation>V&amp;orige vraag</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Next p&amp;hase</source>
        <translation>Volgende &amp;fase</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgDown</source>
        <translation>Ctrl+Shift+PgDown</translation>
    </message>
    <message>
        <source>Previous ph&amp;ase</source>
        <translation>Vorige f&amp;ase</translation>
    </message>
    <message>
        <source>Ctrl+Shift+PgUp</source>
        <translation>Ctrl+Shift+PgUp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Naslag</translation>
    </message>
    <message>
        <source>&amp;Projector on/off</source>
        <translation>&amp;Projectie aan/uit</translation>
    </message>
    <message>
        <source>Projector s&amp;hows</source>
        <translation>Projectie &amp;toont</translation>
    </message>
    <message>
        <source>The &amp;current question</source>
        <translation>De &amp;huidige vraag</translation>
    </message>
    <message>
        <source>The self-assessment &amp;results</source>
        <translation>De &amp;resultaten van de zelfevaluatie</translation>
    </message>
    <message>
        <source>A &amp;pause screen</source>
        <translation>Een &amp;pauzescherm</translation>
    </message>
    <message>
        <source>Pa&amp;use screen on/off</source>
        <translation>Pauzescherm aan/&amp;uit</translation>
    </message>
    <message>
        <source>&amp;Start/pause the clock</source>
        <translation>Tijdklok &amp;starten/pauzeren</translation>
    </message>
    <message>
        <source>R&amp;eset the clock</source>
        <translation>Tijdklok &amp;terugzetten</translation>
    </message>
    <message>
        <source>Add a &amp;minute</source>
        <translation>Een &amp;minuut erbij</translation>
    </message>
    <message>
        <source>Timer per &amp;question instead of per phase</source>
        <translation>Tijdklok per &amp;vraag in plaats van per fase</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Ware grootte</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Akkoord</source>
        <translation>&amp;Over Akkoord</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>Opn&amp;ieuw: %1</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Begrippenlijst…</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::MainWindow</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
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
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Naslag</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemma&apos;s</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <source>Self-assessment (%1)</source>
        <translation>Zelfevaluatie (%1)</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>alleen lezen</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>No backup made: %1</source>
        <translation>Geen reservekopie gemaakt: %1</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Alleen lezen: %1</translation>
    </message>
    <message>
        <source>Changes are saved immediately</source>
        <translation>Wijzigingen worden direct opgeslagen</translation>
    </message>
    <message>
        <source>Not everything has been saved</source>
        <translation>Niet alles is opgeslagen</translation>
    </message>
    <message>
        <source>The latest changes could not be saved. Close anyway? Choose Cancel and save a copy elsewhere first.</source>
        <translation>De laatste wijzigingen konden niet worden opgeslagen. Toch sluiten? Kies Annuleren en bewaar eerst een kopie elders.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Niet opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::NewTrajectoryWizard</name>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>The partners</source>
        <translation>De partners</translation>
    </message>
    <message>
        <source>Which organisations take part? Parents and young people belong from the very start.</source>
        <translation>Welke organisaties doen mee? Ouders en jongeren horen er vanaf het begin bij.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>The covenant&apos;s wording starts from the house template %1 (Edit ▸ Preferences).</source>
        <translation>De tekst van het convenant begint bij het huissjabloon %1 (Bewerken ▸ Voorkeuren).</translation>
    </message>
    <message>
        <source>The house template cannot be used, so the covenant starts from the standard wording: %1</source>
        <translation>Het huissjabloon kan niet worden gebruikt, dus het convenant begint bij de standaardtekst: %1</translation>
    </message>
    <message>
        <source>House template not applied</source>
        <translation>Huissjabloon niet toegepast</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::OpenDilemmasPanel</name>
    <message>
        <source>In Analyse, link the dilemma to the agreement that settles it, and set it to Settled there.</source>
        <translation>Koppel in Analyseren bij het dilemma de afspraak die het beslecht, en zet het daar op Beslecht.</translation>
    </message>
    <message>
        <source>Dilemmas still open (%1) — what the agreements still need to settle</source>
        <translation>Nog open dilemma&apos;s (%1) — wat de afspraken nog moeten beslechten</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nog zonder titel)</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Raakt: %1</translation>
    </message>
    <message>
        <source>Not yet agreed how we handle it.</source>
        <translation>Nog niet afgesproken hoe we ermee omgaan.</translation>
    </message>
    <message>
        <source>Approach: %1</source>
        <translation>Aanpak: %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::OptionalDateEdit</name>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>The organisations working together, with their role and who signs on their behalf. Core partners carry the trajectory; outer partners join in where it concerns them.</source>
        <translation>De organisaties die samenwerken, met hun rol en wie namens hen tekent. Kernpartners dragen het traject; schilpartners sluiten aan waar het hen raakt.</translation>
    </message>
    <message>
        <source>&amp;Add partner</source>
        <translation>Partner &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Ondertekenaar</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Nieuwe partner</translation>
    </message>
    <message>
        <source>(not yet known)</source>
        <translation>(nog onbekend)</translation>
    </message>
    <message>
        <source>Remove %1?

This has consequences:
• %2

You can undo this with Ctrl+Z.</source>
        <translation>%1 verwijderen?

Dit heeft gevolgen:
• %2

U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Remove partner</source>
        <translation>Partner verwijderen</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>On what basis the signatory represents the organisation: by law or the articles of association, by mandate, or by a power of attorney</source>
        <translation>Op welke grond de ondertekenaar de organisatie vertegenwoordigt: krachtens de wet of de statuten, bij mandaat of bij volmacht</translation>
    </message>
    <message>
        <source>The date of the mandate, the power of attorney or the college decision</source>
        <translation>De datum van het mandaat, de volmacht of het collegebesluit</translation>
    </message>
    <message>
        <source>By when the board or council confirms the signature</source>
        <translation>Uiterlijk wanneer het bestuur of de raad de handtekening bevestigt</translation>
    </message>
    <message>
        <source>A municipality is represented by its mayor (by law), or by a wethouder by mandate (art. 171 Gemeentewet): then give the date of the college decision.</source>
        <translation>Een gemeente wordt vertegenwoordigd door de burgemeester (krachtens de wet), of door een wethouder bij mandaat (art. 171 Gemeentewet): geef dan de datum van het collegebesluit.</translation>
    </message>
    <message>
        <source>Give the date of the mandate or power of attorney.</source>
        <translation>Geef de datum van het mandaat of de volmacht.</translation>
    </message>
    <message>
        <source>A signature under mandate reservation is final only once it is confirmed; the covenant cannot be final before then.</source>
        <translation>Een handtekening onder voorbehoud van mandaat is pas definitief als zij is bevestigd; eerder kan het convenant niet definitief zijn.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PerspectivesEditor</name>
    <message>
        <source>All partners have given their input.</source>
        <translation>Alle partners hebben hun inbreng gegeven.</translation>
    </message>
    <message>
        <source>No input yet from: %1</source>
        <translation>Nog geen inbreng van: %1</translation>
    </message>
    <message>
        <source>Input from %1</source>
        <translation>Inbreng van %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PhasePage</name>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Notes for the facilitator (about %1 minutes)</source>
        <translation>Toelichting voor de begeleider (ongeveer %1 minuten)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Vraag %1 van %2</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Geschiedenis…</translation>
    </message>
    <message>
        <source>Examples from practice</source>
        <translation>Voorbeelden uit de praktijk</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Invoegen</translation>
    </message>
    <message>
        <source>Put this example in the answer, to adapt it afterwards</source>
        <translation>Zet dit voorbeeld in het antwoord, om het daarna aan te passen</translation>
    </message>
    <message>
        <source>Input per partner</source>
        <translation>Inbreng per partner</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::PreferencesDialog</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Zoals het systeem (%1)</translation>
    </message>
    <message>
        <source>Automatic: the second screen when there is one</source>
        <translation>Automatisch: het tweede scherm als dat er is</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (niet aangesloten)</translation>
    </message>
    <message>
        <source>House template for new trajectories</source>
        <translation>Huissjabloon voor nieuwe trajecten</translation>
    </message>
    <message>
        <source>House templates (*.akkoord-template)</source>
        <translation>Huissjablonen (*.akkoord-template)</translation>
    </message>
    <message>
        <source>House template not used</source>
        <translation>Huissjabloon niet gebruikt</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ProjectorController</name>
    <message>
        <source>Timer (F6 start/pause, Shift+F6 reset, Ctrl+F6 add a minute)</source>
        <translation>Tijdklok (F6 starten/pauzeren, Shift+F6 terugzetten, Ctrl+F6 een minuut erbij)</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Tijd: %1</translation>
    </message>
    <message>
        <source>Time is up for this part.</source>
        <translation>De tijd voor dit onderdeel is om.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ProjectorWindow</name>
    <message>
        <source>Akkoord — projector</source>
        <translation>Akkoord — projectie</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <source>No results yet</source>
        <translation>Nog geen resultaten</translation>
    </message>
    <message>
        <source>As soon as respondents have filled in the questionnaire, the picture for each building block appears here.</source>
        <translation>Zodra respondenten de vragenlijst hebben ingevuld, verschijnt hier het beeld per bouwsteen.</translation>
    </message>
    <message>
        <source>Results per building block</source>
        <translation>Resultaten per bouwsteen</translation>
    </message>
    <message>
        <source>All partners have scored.</source>
        <translation>Alle partners hebben gescoord.</translation>
    </message>
    <message>
        <source>All partners have given their input.</source>
        <translation>Alle partners hebben hun inbreng gegeven.</translation>
    </message>
    <message>
        <source>Not yet scored: %1</source>
        <translation>Nog niet gescoord: %1</translation>
    </message>
    <message>
        <source>Not yet heard from: %1</source>
        <translation>Nog niet gehoord: %1</translation>
    </message>
    <message>
        <source>Hidden round: %1 of %2 partners have scored.
The scores appear here all at once as soon as they are revealed.</source>
        <translation>Verborgen ronde: %1 van %2 partners hebben gescoord.
De scores verschijnen hier tegelijk zodra ze worden onthuld.</translation>
    </message>
    <message>
        <source>The scores for now and desired are still hidden.</source>
        <translation>De scores voor nu en gewenst zijn nog verborgen.</translation>
    </message>
    <message>
        <source>Time is up  +%1</source>
        <translation>Tijd is om  +%1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RatingEditor</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Score (1–5)</translation>
    </message>
    <message>
        <source>Why? (optional)</source>
        <translation>Waarom? (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Save and hide</source>
        <translation>&amp;Opslaan en verbergen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>✓ scored (hidden)</source>
        <translation>✓ gescoord (verborgen)</translation>
    </message>
    <message>
        <source>– not yet</source>
        <translation>– nog niet</translation>
    </message>
    <message>
        <source>Fill in again</source>
        <translation>Opnieuw invullen</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Invullen</translation>
    </message>
    <message>
        <source>Score from %1 — for this partner only</source>
        <translation>Score van %1 — alleen voor deze partner</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Waarom?</translation>
    </message>
    <message>
        <source>Reason given by %1</source>
        <translation>Reden van %1</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RespondentForm</name>
    <message>
        <source>Name (may also be a role, e.g. &apos;Reception class teacher&apos;)</source>
        <translation>Naam (mag ook een rol zijn, bijv. &apos;leerkracht groep 2&apos;)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisatie</translation>
    </message>
    <message>
        <source>&amp;Role in this trajectory</source>
        <translation>&amp;Rol in dit traject</translation>
    </message>
    <message>
        <source>For each statement, type 1 (strongly disagree) to 5 (strongly agree), or 0 for don&apos;t know / not applicable. The cursor moves on by itself. Ctrl+Enter: next respondent.</source>
        <translation>Typ per stelling 1 (helemaal oneens) tot 5 (helemaal eens), of 0 voor weet niet / n.v.t. De cursor gaat vanzelf verder. Ctrl+Enter: volgende respondent.</translation>
    </message>
    <message>
        <source>Explanation (optional)</source>
        <translation>Toelichting (optioneel)</translation>
    </message>
    <message>
        <source>(no or another organisation)</source>
        <translation>(geen of andere organisatie)</translation>
    </message>
    <message>
        <source>Choose or create a respondent</source>
        <translation>Kies of maak een respondent</translation>
    </message>
    <message>
        <source>New respondent</source>
        <translation>Nieuwe respondent</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RoundBar</name>
    <message>
        <source>– not yet</source>
        <translation>– nog niet</translation>
    </message>
    <message>
        <source>1 – hardly</source>
        <translation>1 – nauwelijks</translation>
    </message>
    <message>
        <source>2 – limited</source>
        <translation>2 – beperkt</translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation>3 – redelijk</translation>
    </message>
    <message>
        <source>4 – high</source>
        <translation>4 – groot</translation>
    </message>
    <message>
        <source>5 – very high</source>
        <translation>5 – zeer groot</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hidden round&lt;/b&gt; — %1 of %2 partners have scored. No one sees the scores until you reveal them.</source>
        <translation>&lt;b&gt;Verborgen ronde&lt;/b&gt; — %1 van %2 partners hebben gescoord. Niemand ziet de scores tot u ze onthult.</translation>
    </message>
    <message>
        <source>&amp;Reveal scores</source>
        <translation>Scores &amp;onthullen</translation>
    </message>
    <message>
        <source>Scores are visible while they are being filled in. Start a hidden round to keep partners from anchoring on the first score.</source>
        <translation>Scores zijn zichtbaar terwijl ze worden ingevuld. Start een verborgen ronde om te voorkomen dat partners zich op de eerste score richten.</translation>
    </message>
    <message>
        <source>Start &amp;hidden round</source>
        <translation>&amp;Verborgen ronde starten</translation>
    </message>
    <message>
        <source>All partners have scored.</source>
        <translation>Alle partners hebben gescoord.</translation>
    </message>
    <message>
        <source>Not yet scored: %1</source>
        <translation>Nog niet gescoord: %1</translation>
    </message>
    <message>
        <source>Start hidden round</source>
        <translation>Verborgen ronde starten</translation>
    </message>
    <message>
        <source>Some scores have already been filled in. A new hidden round starts empty: the current scores are cleared (you can bring them back with Undo). Continue?</source>
        <translation>Er zijn al scores ingevuld. Een nieuwe verborgen ronde begint leeg: de huidige scores worden gewist (met Ongedaan maken terug te halen). Doorgaan?</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ScoreEdit</name>
    <message>
        <source>1 (disagree) to 5 (agree); 0, ? or w: don&apos;t know / not applicable; Backspace clears</source>
        <translation>1 (oneens) tot 5 (eens); 0, ? of w: weet niet / n.v.t.; Backspace wist</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::SituationEditor</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>All partners (average, with spread)</source>
        <translation>Alle partners (gemiddeld, met spreiding)</translation>
    </message>
    <message>
        <source>Building block</source>
        <translation>Bouwsteen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Gewenst</translation>
    </message>
    <message>
        <source>– not yet</source>
        <translation>– nog niet</translation>
    </message>
    <message>
        <source>1 – hardly in place</source>
        <translation>1 – nauwelijks geregeld</translation>
    </message>
    <message>
        <source>2 – poor</source>
        <translation>2 – matig</translation>
    </message>
    <message>
        <source>3 – moderate</source>
        <translation>3 – redelijk</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – goed</translation>
    </message>
    <message>
        <source>5 – excellently in place</source>
        <translation>5 – uitstekend geregeld</translation>
    </message>
    <message>
        <source>&amp;Fill in for this partner</source>
        <translation>&amp;Invullen voor deze partner</translation>
    </message>
    <message>
        <source>&amp;Save and hide</source>
        <translation>&amp;Opslaan en verbergen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Grafiek:</translation>
    </message>
    <message>
        <source>Scores from %1 (for this partner only)</source>
        <translation>Scores van %1 (alleen voor deze partner)</translation>
    </message>
    <message>
        <source>Scores from %1</source>
        <translation>Scores van %1</translation>
    </message>
    <message>
        <source>%1 has already scored; the scores stay hidden until they are revealed. Filling in again replaces them.</source>
        <translation>%1 heeft al gescoord; de scores blijven verborgen tot ze worden onthuld. Opnieuw invullen vervangt ze.</translation>
    </message>
    <message>
        <source>Choose a partner and click Fill in. The partner fills in the scores themselves; after saving, the form is cleared again.</source>
        <translation>Kies een partner en klik op Invullen. De partner vult zelf in; na opslaan wordt het formulier weer leeg.</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::TextAnswerEditor</name>
    <message>
        <source>Joint answer — one point per line</source>
        <translation>Gezamenlijk antwoord — één punt per regel</translation>
    </message>
    <message>
        <source>Joint answer</source>
        <translation>Gezamenlijk antwoord</translation>
    </message>
</context>
<context>
    <name>akkoord::gui::WelcomePage</name>
    <message>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Together from exploration to covenant: a conversation in six phases for the partners around children and young people.</source>
        <translation>Samen van verkenning naar convenant: een gesprek in zes fasen voor de partners rond kinderen en jongeren.</translation>
    </message>
    <message>
        <source>&amp;New trajectory…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>View the &amp;demo</source>
        <translation>&amp;Demo bekijken</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Recente bestanden</translation>
    </message>
    <message>
        <source>No recent files yet.</source>
        <translation>Nog geen recente bestanden.</translation>
    </message>
</context>
<context>
    <name>akkoord::report</name>
    <message>
        <source>The ODT document could not be made; please try again.</source>
        <translation>Het ODT-document kon niet worden gemaakt; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The PDF could not be started; please try again.</source>
        <translation>De PDF kon niet worden gestart; probeer het opnieuw.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name ending in .pdf or .odt.</source>
        <translation>%1 is een map; geef een bestandsnaam die eindigt op .pdf of .odt.</translation>
    </message>
    <message>
        <source>Cannot tell which format to write for %1; use a name ending in .pdf or .odt.</source>
        <translation>Onduidelijk in welk formaat %1 moet worden geschreven; gebruik een naam die eindigt op .pdf of .odt.</translation>
    </message>
    <message>
        <source>A chart in this document is too large to draw; the document was not written.</source>
        <translation>Een grafiek in dit document is te groot om te tekenen; het document is niet geschreven.</translation>
    </message>
    <message>
        <source>This document is too large to make: laying it out would take about %1 MB of memory, more than the %2 MB Akkoord allows itself. Shorten the longest texts or remove records, then try again.</source>
        <translation>Dit document is te groot om te maken: de opmaak zou ongeveer %1 MB geheugen kosten, meer dan de %2 MB die Akkoord zichzelf toestaat. Kort de langste teksten in of verwijder gegevens en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The question catalogue contains errors, so Akkoord cannot start.

%1</source>
        <translation>De vragencatalogus bevat fouten, dus Akkoord kan niet starten.

%1</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Openen mislukt</translation>
    </message>
</context>
</TS>
