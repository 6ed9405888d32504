<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Checker</name>
    <message>
        <source>%1 calendar days (counted as at least %2 working days: 5 in every 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 weeks (%2 working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months (counted as at least %2 working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. Fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing is ticked. Tick at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is written &quot;%3&quot; in the standard. Change it to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is ticked without saying which. Name the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: other channel &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the %3 values of the standard. Choose one of them, or write a local channel as &quot;%4: %2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a value of the standard. Use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not say within how many days the information is published. Write it like &quot;信息形成或者变更之日起20个工作日内&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; says how long the information stays public, not how soon it is published. Add the deadline, e.g. &quot;信息形成或者变更之日起20个工作日内&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Check that %5 sets this longer deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Shorten it, or cite in %5 the law or regulation that sets the longer deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 only, but %3 names only a county body (%4). Tick %5 too, or name the township body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 only, but %3 names only a township body (%4). Tick %5 too, or name the county body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The standard&apos;s value is inferred, not read in the published guide: check it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard discloses this item %1 (%2); the catalogue only %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard discloses this item to %1 (%2); the catalogue only to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows %2; the standard &quot;%3&quot; allows %4. Use the standard&apos;s deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 without a legal basis. Cite the article (e.g. 条例 Art. 14, 15 or 16) in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ticked but the group is not named. Say which group in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same item as no. %1 (%2 / %3) in %4. Remove one of them, or rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the standard %1: a local item. Fine if your office added it on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard lists this item for disclosure, but it is marked %1. Check that the whole item, not just some records, must be withheld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard %1 has no items for the domain %2: its items were checked for form only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard %1 lists &quot;%2 / %3&quot; (no. %4), but the catalogue does not have it. Add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This row of the standard is inferred, not read in the published guide: check it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>This computer cannot write GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditionStore</name>
    <message>
        <source>The editions cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no edition %1 in this catalogue; run gkml-cli editions to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition %1 is damaged: its items cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package has been made from this catalogue yet, so there is no edition to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is open read-only, so the edition cannot be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition cannot be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingReport</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) checked: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 / %3 (not in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 / %3 (no. %4, id %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-2 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-3 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content (elements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis for withholding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>%1: must be %2, is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has a value that is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the expected form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must have at least %2 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageJob</name>
    <message>
        <source>The catalogue is open read-only, so the package cannot be recorded as an edition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The package was not made: the catalogue has %n error(s). Correct them and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The package was not made: the catalogue has no public item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageParts</name>
    <message>
        <source>The catalogue follows the standard %1 %2, which is not installed. Put its file in the standards folder, then make the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF needs the graphical part of Qt (QGuiApplication)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip holds the unsafe path &quot;%1&quot; (absolute, &quot;..&quot; or a drive letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip holds &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is missing: this is not a GKML submission package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes, manifest.json says %3: the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its checksum in manifest.json: the file was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the zip but not in manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing from the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalogue.json holds %1 items, manifest.json says %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Standard</name>
    <message>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field key (see docs/checker.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the standard file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (byte offset %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object {...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;gkml-standard&quot;, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is written for a newer GKML (format version %1); update GKML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain spaces or &quot;@&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only set fields (channels, audience, method, level, stages) have a vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must also be one of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of working days above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of vocabularies.%2.values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same item (%1 / %2) as items[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a standard needs items (or &quot;includes&quot; naming other standards)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandardLibrary</name>
    <message>
        <source>Standard file %1: includes: no standard with id &quot;%2&quot; is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard with id &quot;%1&quot; is installed (available: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the standard &quot;%2&quot; is not installed (available: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue follows the standard %1 %2, which is not installed. Put its file in the standards folder or give --standard PATH.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionPackage</name>
    <message>
        <source>No temporary folder is available to prepare the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot hold a file named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 for the package: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has not been built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the package as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>This is not a zip file, or the zip file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file is damaged (its table of contents cannot be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file holds too many files to be a GKML package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file is too large to be a GKML package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; inside the zip cannot be read (it may be encrypted or damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; inside the zip is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to store the unsafe path &quot;%1&quot; in a zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml-cli</name>
    <message>
        <source>%1: wrong number of arguments; run gkml-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the option --%2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: gkml-cli COMMAND ...
Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run gkml-cli --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains: %1; %2 items; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User standard files are read from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate: --format must be text or json, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given with --standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded in the catalogue as version %1; version %2 is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen because the catalogue names no standard and this one covers its domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: %1 %2 (%3), %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: none covers the domains of this catalogue; only the form of the items was checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::CatalogueEditor</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::CatalogueFile</name>
    <message>
        <source>The SQLite support of Qt is missing (QSQLITE driver); please reinstall GKML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a database, but not a GKML catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file belongs to another program, not to GKML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is damaged (%1). Open a copy or a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the catalogue to this version of GKML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the catalogue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the catalogue file: the folder may be read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a catalogue file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a GKML catalogue file (it is not a database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of this file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 has had this catalogue open for editing since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue was saved by a newer version of GKML; please update GKML to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This catalogue was saved by an older version of GKML and must be updated, but it cannot be changed now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the copy: the folder may be read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue was not closed properly (GKML or the computer stopped while saving) and can only be repaired where it may be changed: open it once for editing from a writable folder, together with its &quot;-journal&quot; file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::ChangesDialog</name>
    <message>
        <source>Changes Since a Submitted Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edition %1 of %2 (%3 items, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item / field</source>
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
        <source>Compare the catalogue now with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submission package has been made from this catalogue yet, so there is no edition to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed since this edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since this edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was in the edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::CheckList</name>
    <message>
        <source>Not a value of the standard&apos;s list; uncheck it to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 1 GB; split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::ExportDialog</name>
    <message>
        <source>Include withheld (不予公开) items — for a private backup only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the 责任股室 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page table (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (with BOM; opens in Excel and WPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 (for old programs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::Exporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of GKML cannot write %1 files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only rows whose %1 contains this text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::HtmlTableReader</name>
    <message>
        <source>The page is larger than %1 MB; GKML reads at most that much. Save only the catalogue table in a page of its own and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page holds no table. Import the page (or the .html file) that shows the catalogue as a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s tables are empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only needed when the file does not name the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit named in the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::Importer</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GKML cannot read &quot;%1&quot; files; use .xlsx, .csv or .html.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::ItemForm</name>
    <message>
        <source>Not disclosed (negative list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the table to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::ItemTableModel</name>
    <message>
        <source>The domain (领域) the item belongs to, e.g. 社会救助.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display order inside the domain. Use Move Up/Down to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. The level-1 item (一级事项) as named in the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. The level-2 item (二级事项): what exactly is disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Some provinces use a third level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. The elements disclosed (公开内容), one per line if several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. The laws and documents requiring the disclosure (公开依据).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. When it is disclosed, e.g. 信息形成或者变更之日起20个工作日内 (at most 20 working days, Regulations Art. 26).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. The body that discloses (公开主体), e.g. 县民政局.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. Where it is published: one or more of the 13 channels of the template, separated by 、.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. 全社会 (everyone) and/or 特定群体 (a specific group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which group, when the audience is 特定群体.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. 主动 (proactive) and/or 依申请 (on request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required. 县级 and/or 乡级: which government level discloses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Which of the five disclosures (决策/执行/管理/服务/结果) it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office responsible (责任股室). Choose from the list or type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the item is on the negative list (不予公开). It stays in the file but never appears in exports, packages or printed sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the item is withheld (the legal basis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free remarks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::JsonReader</name>
    <message>
        <source>The JSON file is malformed at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file has no &quot;items&quot; list; it is not a GKML export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of &quot;items&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GKML JSON export, %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no catalogue items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::MainWindow</name>
    <message>
        <source>Search all columns (e.g. 低保)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Board Sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Only Items with &amp;Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GKML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GKML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard&apos;s items could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 You can read, search, export and print, but not edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GKML — Disclosure Catalogue Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalogue open. Create one (Ctrl+N) or open one (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no level-1 item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standard: only the form is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the catalogue passes every check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes. Double-click a finding (or press F8) to go to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no table cells to paste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv *.txt *.html *.htm *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Board Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time GKML starts.
下次启动 GKML 时使用新的语言。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GKML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GKML %1&lt;/h3&gt;&lt;p&gt;Editor and checker for county disclosure catalogues (政务公开事项标准目录).&lt;/p&gt;&lt;p&gt;Every change is saved the moment it is made; Undo (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the sheets for the notice board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission &amp;Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip for the county office: xlsx, csv, json, html, pdf and the check report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges Since Last Submission…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was added, removed or changed since a submission package was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheets could not be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed under Findings (F8 goes to the next one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Package written: %1 (%n public item(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::NewCatalogueDialog</name>
    <message>
        <source>Start with the standard&apos;s items of the checked domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 安溪县民政局</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 福建省泉州市安溪县</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (单位):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::Parser</name>
    <message>
        <source>The page&apos;s tables have more than %1 cells; GKML reads at most that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has tables nested more than %1 deep; GKML cannot read it safely. Copy the catalogue table into a new page or a spreadsheet and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page nests its elements more than %1 levels deep; GKML cannot read it safely. Copy the catalogue table into a new page or a spreadsheet and import that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::PrintSheetsDialog</name>
    <message>
        <source>Large print for the notice board (公开栏)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Board Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One set of sheets per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One set of sheets per office (责任股室)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chosen channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s checklist of all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the catalogue on the county portal (printed as a QR code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code link:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::Reader</name>
    <message>
        <source>The workbook holds more text than GKML reads safely (%1 million characters). Check that this is the right file, or split it into smaller workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is incomplete: its part &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is too large to read safely: its part &quot;%1&quot; unpacks to more than %2 MB (a damaged file or a zip bomb). Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; cannot be unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; is not valid XML (%2, line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; fails its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds more than %1 different texts (sharedStrings); GKML reads at most that many. Check that this is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; has a row number out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; has a bad cell reference &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; refers to a missing text (cell %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds more than %1 cells; GKML reads at most that many. Split it into smaller workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx): it is damaged or a file of another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it cannot be opened as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: its table of contents cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an OpenDocument spreadsheet (.ods). Save it as .xlsx, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a zip file but not an Excel workbook (it has no workbook part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no cells in the file and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no worksheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::SheetBuilder</name>
    <message>
        <source>%1 of item %2 (%3) is longer than %4 characters, the most an Excel cell holds; shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::SheetRenderer</name>
    <message>
        <source>There is nothing to print: no public items match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not accept this paper size and margins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::SqlErrorText</name>
    <message>
        <source>The catalogue is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue cannot be changed: the file or its folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading or writing the file failed (%1); check the disk or network drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file is damaged. Open a copy or a backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a GKML catalogue file (it is not a database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue file was moved or deleted while it was open, so the change was not saved. Use &quot;Save a copy&quot; to keep the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::TemplateMapper</name>
    <message>
        <source>The required column(s) %1 were not found in the header of &quot;%2&quot;%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (or give the domain with --domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a catalogue field; its values are kept in 备注 (note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has more cells than the header (cell %2 of %3); a value probably contains an unquoted comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not an item and was skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 does not say its domain (领域); fill it in or give --domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header in row %1, %2 columns recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no catalogue items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; is not an item and was skipped: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the %2 cell says &quot;%3&quot;; it was taken as ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-row header in rows %1-%2, %3 columns recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no catalogue header and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required column %1 was not found in the header of &quot;%2&quot;. GKML looks for a header row (一级事项, 二级事项, 公开内容 …) in the first %3 rows of each sheet or table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged cells of &quot;%1&quot; cover more cells than GKML reads safely; check that this is the right file, or unmerge the cells and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::TextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; try --encoding gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot decode GB18030 text; save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::XlsxWriter</name>
    <message>
        <source>Packing the workbook failed (zip error %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gkml::cli</name>
    <message>
        <source>export: unknown format &quot;%1&quot;; use xlsx, csv, json or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: withheld items never go into %1 files, which are for the public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue cannot be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new catalogue needs the name of its unit: add --unit NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 items into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff: --%1 wants an edition number; run gkml-cli editions FILE to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition to compare with (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with this later edition instead of the catalogue now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package has been made from this catalogue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zip to write, or a folder for the default name &lt;unit&gt;-政务公开事项标准目录-&lt;YYYYMMDD&gt;.zip (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %n public item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %n withheld item(s) left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %n file(s) and manifest.json; sha256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %n warning(s) or note(s) recorded in validation.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Recorded as edition %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size: A4 (default) or A3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portrait or landscape (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only this responsible office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One set of sheets per domain (default) or per department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print for notice boards: item, content, deadline, channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels as the chosen names (default) or the template&apos;s checklist (■/□).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a QR code linking to URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a QR code linking to the catalogue&apos;s portal page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date in the footer (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: fonts are not available (no GUI application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: --paper must be A4 or A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: --orientation must be portrait or landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: --group must be domain or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: --channels must be chosen or checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: --date must look like 2020-09-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: --qr needs a full address such as https://example.gov.cn/gkml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: the catalogue has no portal address; give one with --qr URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: no public items match --domain/--department; check the names with gkml-cli info %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: the catalogue has no public items to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items on %3 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 (withheld, not included: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: all %n file(s) match manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has %n problem(s):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GKML disclosure catalogue editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue to open (.gkml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the print preview of the board sheets (with --screenshot: grab it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
