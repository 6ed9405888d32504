<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CsvWriter</name>
    <message>
        <source>This computer cannot write GB18030 text.</source>
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
</context>
<context>
    <name>gkml::TemplateMapper</name>
    <message>
        <source>No header row with the columns 一级事项 and 二级事项 was found in &quot;%1&quot;; the first rows must hold the column titles.</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
