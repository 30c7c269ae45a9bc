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
        <source>a text in every language is expected, like {&quot;nl&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</source>
        <translation>hier wordt een tekst in elke taal verwacht, zoals {&quot;nl&quot;: &quot;…&quot;, &quot;en&quot;: &quot;…&quot;}</translation>
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
        <source>the language &quot;%1&quot; is required</source>
        <translation>de taal &quot;%1&quot; is verplicht</translation>
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
</context>
<context>
    <name>akkoord::DilemmaStatus</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beslecht</source>
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
        <source>This file is nested too deeply to be an Akkoord export.</source>
        <translation>Dit bestand is te diep genest voor een Akkoord-export.</translation>
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
        <translation>%1 is een database, maar geen Akkoord-bestand.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Akkoord; please update Akkoord to open it.</source>
        <translation>%1 is gemaakt met een nieuwere versie van Akkoord; werk Akkoord bij om het te openen.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened safely. Open one of its backups instead.</source>
        <translation>%1 is beschadigd en kan niet veilig worden geopend. Open in plaats daarvan een van de reservekopieën.</translation>
    </message>
    <message>
        <source>%1 is damaged or not an Akkoord file.</source>
        <translation>%1 is beschadigd of geen Akkoord-bestand.</translation>
    </message>
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
        <source>%1 is already open in another Akkoord window (process %2 on %3). Close it there first, or open it read-only.</source>
        <translation>%1 is al geopend in een ander Akkoord-venster (proces %2 op %3). Sluit het daar eerst, of open het alleen-lezen.</translation>
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
        <source>The disk is full: the last change to %1 could not be saved. Free some space; your text is kept and saved again when there is room.</source>
        <translation>De schijf is vol: de laatste wijziging in %1 kon niet worden opgeslagen. Maak wat ruimte vrij; uw tekst blijft bewaard en wordt opnieuw opgeslagen zodra er ruimte is.</translation>
    </message>
    <message>
        <source>%1 cannot be written (it or its folder is read-only). Your text is kept; save a copy elsewhere.</source>
        <translation>%1 kan niet worden geschreven (het bestand of de map is alleen-lezen). Uw tekst blijft bewaard; sla een kopie elders op.</translation>
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
        <source>Reading or writing %1 failed (a disk or network error). Your text is kept; check the disk and try again.</source>
        <translation>Lezen of schrijven van %1 is mislukt (een schijf- of netwerkfout). Uw tekst blijft bewaard; controleer de schijf en probeer het opnieuw.</translation>
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
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>%1 is a folder, not an Akkoord file.</source>
        <translation>%1 is een map, geen Akkoord-bestand.</translation>
    </message>
    <message>
        <source>You have no permission to read %1.</source>
        <translation>U hebt geen toestemming om %1 te lezen.</translation>
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
        <source>A rating must be between 1 and 5, or &quot;don&apos;t know&quot;.</source>
        <translation>Een score moet tussen 1 en 5 liggen, of &quot;weet niet&quot; zijn.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1.</source>
        <translation>De kopie kon niet worden opgeslagen als %1.</translation>
    </message>
    <message>
        <source>%1 was moved or removed while it was open, so the last change could not be saved. Your text is kept and saved as soon as the file is back in its place; or save a copy elsewhere.</source>
        <translation>%1 is verplaatst of verwijderd terwijl het open was, dus de laatste wijziging kon niet worden opgeslagen. Uw tekst blijft bewaard en wordt opgeslagen zodra het bestand weer op zijn plaats staat; of sla een kopie elders op.</translation>
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
        <source>Cannot write %1: %2.</source>
        <translation>Kan %1 niet schrijven: %2.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?); nothing was written.</source>
        <translation>Schrijven van %1 is mislukt (is de schijf vol?); er is niets geschreven.</translation>
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
        <source>Language of the document: nl or en.</source>
        <translation>Taal van het document: nl of en.</translation>
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
        <source>Do not mark the covenant as a draft, even with gaps.</source>
        <translation>Markeer het convenant niet als concept, ook niet als er nog iets ontbreekt.</translation>
    </message>
    <message>
        <source>Akkoord file to report on</source>
        <translation>Akkoord-bestand voor het document</translation>
    </message>
    <message>
        <source>--lang is nl or en.</source>
        <translation>--lang is nl of en.</translation>
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
        <translation>%1 geschreven (vingerafdruk %2).</translation>
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
        <translation>Gebruik:
  akkoord [FILE.akkoord]                       open het programma (met FILE)
  akkoord new FILE.akkoord --title &quot;…&quot;          maak een leeg traject
        [--municipality &quot;…&quot;] [--facilitator &quot;…&quot;] [--issue &quot;…&quot;]
  akkoord export FILE.akkoord -o OUT.json      schrijf alles uit FILE als JSON (-o - voor stdout)
  akkoord import IN.json -o FILE.akkoord       maak een nieuw bestand van een export
  akkoord demo -o FILE.akkoord                 schrijf het demotraject
  akkoord catalog check [DIR] [--json]         controleer een vragencatalogus
  akkoord restore FILE.akkoord --list          toon de automatische reservekopieën van FILE
  akkoord restore FILE.akkoord [--backup N] -o OUT.akkoord   zet een reservekopie terug (1 = nieuwste)
  akkoord report FILE.akkoord --kind convenant|sessie|vragenlijst -o OUT.pdf|OUT.odt
        [--lang nl|en] [--draft|--final]       schrijf het convenant, het sessieverslag of een
                                               blanco vragenlijst zelfevaluatie voor op papier

Opties:
  --catalog DIR      gebruik de catalogus in DIR in plaats van de ingebouwde
  --lang nl|en       taal van de interface en de catalogus
  -h, --help         toon deze hulp
  -v, --version      toon het versienummer
</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: %1</source>
        <translation>Er ging iets onverwachts mis: %1</translation>
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
    <name>akkoord::gui::AssessmentPage</name>
    <message>
        <source>Zelfevaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een eerlijke blik op de samenwerking: iedere respondent beoordeelt stellingen per bouwsteen. Het waardevolst is waar kern- en schilpartners verschillend kijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ronde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde verwijderen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondenten zelf laten invullen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren als CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe &amp;respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resul&amp;taten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze ronde met al haar respondenten en antwoorden verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Antwoorden exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelfevaluatie.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfevaluatie invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul de vragenlijst in en kies Klaar. Uw antwoorden zijn daarna niet meer zichtbaar voor de volgende persoon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaar — volgende persoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stoppen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondenten per partner — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen respondent van: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::AssessmentResultsView</name>
    <message>
        <source>te weinig respondenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen gegevens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (± %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouwsteen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernpartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schilpartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grootste verschil tussen kern- en schilpartners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeste onenigheid tussen respondenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vergelijk met ronde:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen ronde. Kies Nieuwe ronde om een zelfevaluatie te beginnen, of druk een blanco vragenlijst af via Documenten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 respondenten: %2 van kernpartners, %3 van schilpartners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen schilpartners hebben geantwoord: dit beeld is eenzijdig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen kernpartners hebben geantwoord: dit beeld is eenzijdig. Vraag ook schilpartners om hun kijk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minder dan %1 kernpartners: hun uitkomsten worden niet apart getoond, zodat niemand herkenbaar is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minder dan %1 schilpartners: hun uitkomsten worden niet apart getoond, zodat niemand herkenbaar is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen respondent van: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — kern %2, schil %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te weinig respondenten in een van beide groepen om te vergelijken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — spreiding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (eerder)</source>
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
    <name>akkoord::gui::DilemmaEditor</name>
    <message>
        <source>Uit de lijst &amp;kiezen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eigen dilemma toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er staan nog geen dilemma&apos;s in het register. Kies een veelvoorkomend dilemma uit de lijst, of voeg een dilemma toe dat de groep zelf benoemt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemma&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog zonder titel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in het register, %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen dilemma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dilemma in één zin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waar knelt het, en voor wie?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oelichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voeg eerst partners toe op de pagina Partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anderen, bijvoorbeeld ouders van peuters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie het verder raakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wie raakt het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bijvoorbeeld: een escalatieroute, een gezamenlijk budget of een vaste overlegtafel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hoe gaan we ermee om?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afspraken die het dilemma beslechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen afspraken. Die worden gemaakt in de fase Ontwikkelen; koppel het dilemma daarna hier aan de afspraak die het beslecht. Tot dan blijft het dilemma daar zichtbaar als open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke afspraak &amp;beslecht het?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een veelvoorkomend dilemma uit de handreiking toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle dilemma&apos;s uit de lijst staan al in het register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemma verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het dilemma ‘%1’ uit het register verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog niet beschreven)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit de lijst met veelvoorkomende dilemma&apos;s; pas de tekst gerust aan op de eigen situatie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::DocumentsPage</name>
    <message>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessieverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vragenlijst zelfevaluatie (blanco)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept zolang er iets ontbreekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Altijd concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens van het convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korte titel voor de kop van elke pagina</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijv. jaarlijks in november</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Korte titel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Looptijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluatieritme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plaats van ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van &amp;ondertekening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren als &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporteren als &amp;ODT…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het convenant is compleet: alle partners, afspraken en afspraken over looptijd en evaluatie zijn ingevuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit ontbreekt nog aan een sluitend convenant (u kunt wel een concept maken):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vingerafdruk van de inhoud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convenantgegevens wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorbeeld wordt bijgewerkt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Voorbeeld: %n pagina(&apos;s)</source>
        <translation>
            <numerusform>Voorbeeld: %n pagina</numerusform>
            <numerusform>Voorbeeld: %n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>convenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessieverslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vragenlijst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document exporteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument-tekst (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opgeslagen als %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::GapsEditor</name>
    <message>
        <source>&amp;Grafiek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De ronde ‘nu en gewenst’ in %1 is nog verborgen. Onthul de scores daar om ze hier te bespreken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen scores voor nu en gewenst. Laat de partners in %1 per bouwsteen scoren; de analyse verschijnt dan hier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Grootste afstand&lt;/b&gt; — %1: gemiddeld %2 punt (nu %3, gewenst %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Meeste verschil van inzicht&lt;/b&gt; — %1: partners verschillen %2 punten over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de huidige situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de gewenste situatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen opvallende afstand of verschil van inzicht: de partners zien het ongeveer hetzelfde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gespreksonderwerpen:</source>
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
    <message>
        <source>Zelfevaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfevaluatie (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Projectie aan/uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdklok &amp;starten/pauzeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdklok &amp;terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen reservekopie gemaakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Er is een automatische reservekopie van %2. Wilt u die openen? Ze wordt bewaard als een nieuw bestand; het oorspronkelijke bestand blijft zoals het is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hersteld %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie teruggezet als %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopieën</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen reservekopieën van dit bestand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservekopie terugzetten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een reservekopie. Ze wordt als nieuw bestand naast dit bestand bewaard en geopend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdklok (F6 starten/pauzeren, Shift+F6 terugzetten, Ctrl+F6 een minuut erbij)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projectie &amp;toont</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De &amp;huidige vraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De &amp;resultaten van de zelfevaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een &amp;pauzescherm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauzescherm aan/&amp;uit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een &amp;minuut erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijdklok per &amp;vraag in plaats van per fase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inzoomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Uitzoomen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ware grootte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De tijd voor dit onderdeel is om.</source>
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
    <name>akkoord::gui::OpenDilemmasPanel</name>
    <message>
        <source>Koppel in Analyseren bij het dilemma de afspraak die het beslecht, en zet het daar op Beslecht.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog open dilemma&apos;s (%1) — wat de afspraken nog moeten beslechten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog zonder titel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raakt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet afgesproken hoe we ermee omgaan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanpak: %1</source>
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
    <name>akkoord::gui::ProjectorWindow</name>
    <message>
        <source>Akkoord — projectie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tijd is om  +%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfevaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen resultaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zodra respondenten de vragenlijst hebben ingevuld, verschijnt hier het beeld per bouwsteen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaten per bouwsteen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle partners hebben gescoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle partners hebben hun inbreng gegeven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gescoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gehoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verborgen ronde: %1 van %2 partners hebben gescoord.
De scores verschijnen hier tegelijk zodra ze worden onthuld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De scores voor nu en gewenst zijn nog verborgen.</source>
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
        <source>Waarom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom? (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan en verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ gescoord (verborgen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score van %1 — alleen voor deze partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RespondentForm</name>
    <message>
        <source>Naam (mag ook een rol zijn, bijv. &apos;leerkracht groep 2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rol in dit traject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ per stelling 1 (helemaal oneens) tot 5 (helemaal eens), of 0 voor weet niet / n.v.t. De cursor gaat vanzelf verder. Ctrl+Enter: volgende respondent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen of andere organisatie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies of maak een respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe respondent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::RoundBar</name>
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
        <source>&lt;b&gt;Verborgen ronde&lt;/b&gt; — %1 van %2 partners hebben gescoord. Niemand ziet de scores tot u ze onthult.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores &amp;onthullen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores zijn zichtbaar terwijl ze worden ingevuld. Start een verborgen ronde om te voorkomen dat partners zich op de eerste score richten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verborgen ronde starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle partners hebben gescoord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog niet gescoord: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verborgen ronde starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn al scores ingevuld. Een nieuwe verborgen ronde begint leeg: de huidige scores worden gewist (met Ongedaan maken terug te halen). Doorgaan?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::ScoreEdit</name>
    <message>
        <source>1 (oneens) tot 5 (eens); 0, ? of w: weet niet / n.v.t.; Backspace wist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>akkoord::gui::SituationEditor</name>
    <message>
        <source>Bouwsteen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewenst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– nog niet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – nauwelijks geregeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – matig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – redelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – goed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – uitstekend geregeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invullen voor deze partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opslaan en verbergen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grafiek:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores van %1 (alleen voor deze partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores van %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 heeft al gescoord; de scores blijven verborgen tot ze worden onthuld. Opnieuw invullen vervangt ze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies een partner en klik op Invullen. De partner vult zelf in; na opslaan wordt het formulier weer leeg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle partners (gemiddeld, met spreiding)</source>
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
        <translation>
            <numerusform>%n eigen inbreng bij een vraag wordt verwijderd</numerusform>
            <numerusform>%n eigen inbrengen bij vragen worden verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) worden verwijderd</source>
        <translation>
            <numerusform>%n score wordt verwijderd</numerusform>
            <numerusform>%n scores worden verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afspraak/afspraken verliezen hun eigenaar</source>
        <translation>
            <numerusform>%n afspraak verliest haar eigenaar</numerusform>
            <numerusform>%n afspraken verliezen hun eigenaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n afspraak/afspraken verliezen deze partner als bijdrager</source>
        <translation>
            <numerusform>%n afspraak verliest deze partner als bijdrager</numerusform>
            <numerusform>%n afspraken verliezen deze partner als bijdrager</numerusform>
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
    <message>
        <source>Ronde toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting invoeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemma toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemma bewerken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dilemma verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu en gewenst wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verborgen ronde starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores onthullen</source>
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
        <source>The folder %1 does not exist; choose an existing folder.</source>
        <translation>De map %1 bestaat niet; kies een bestaande map.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; choose another folder.</source>
        <translation>Kan %1 niet schrijven: %2; kies een andere map.</translation>
    </message>
    <message>
        <source>Writing %1 failed (is the disk full?); nothing was written.</source>
        <translation>Schrijven van %1 is mislukt (is de schijf vol?); er is niets geschreven.</translation>
    </message>
    <message>
        <source>Cannot tell which format to write for %1; use a name ending in .pdf or .odt.</source>
        <translation>Onduidelijk in welk formaat %1 moet worden geschreven; gebruik een naam die eindigt op .pdf of .odt.</translation>
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
</TS>
