<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnnualReport</name>
    <message>
        <source>Administrative licensing (行政许可): decisions this year, from the approval system</source>
        <translation>Administrative licensing (行政许可): decisions this year, from the approval system</translation>
    </message>
    <message>
        <source>Administrative penalties (行政处罚): decisions this year, from the enforcement system</source>
        <translation>Administrative penalties (行政处罚): decisions this year, from the enforcement system</translation>
    </message>
    <message>
        <source>Administrative coercion (行政强制): decisions this year, from the enforcement system</source>
        <translation>Administrative coercion (行政强制): decisions this year, from the enforcement system</translation>
    </message>
    <message>
        <source>Administrative fees (行政事业性收费): amount collected this year in 10,000 yuan, from the finance office</source>
        <translation>Administrative fees (行政事业性收费): amount collected this year in 10,000 yuan, from the finance office</translation>
    </message>
    <message>
        <source>The other tables and parts of the report</source>
        <translation>The other tables and parts of the report</translation>
    </message>
    <message>
        <source>%1: annual report on government information disclosure %2, table 2 (information disclosed proactively)
</source>
        <translation>%1: annual report on government information disclosure %2, table 2 (information disclosed proactively)
</translation>
    </message>
    <message>
        <source>From the document ledger:</source>
        <translation>From the document ledger:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Issued this year</source>
        <translation>Issued this year</translation>
    </message>
    <message>
        <source>Repealed this year</source>
        <translation>Repealed this year</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Left for the office (not in the ledger):</source>
        <translation>Left for the office (not in the ledger):</translation>
    </message>
    <message>
        <source>%1 %2: table 2, information disclosed proactively</source>
        <translation>%1 %2: table 2, information disclosed proactively</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Decisions this year</source>
        <translation>Decisions this year</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation>Administrative licensing</translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation>Administrative penalties</translation>
    </message>
    <message>
        <source>Administrative coercion</source>
        <translation>Administrative coercion</translation>
    </message>
    <message>
        <source>Amount collected this year (10,000 yuan)</source>
        <translation>Amount collected this year (10,000 yuan)</translation>
    </message>
    <message>
        <source>Administrative fees</source>
        <translation>Administrative fees</translation>
    </message>
    <message>
        <source>The counts of regulations and normative documents come from the GKML document ledger; the empty cells are left for the office.</source>
        <translation>The counts of regulations and normative documents come from the GKML document ledger; the empty cells are left for the office.</translation>
    </message>
    <message>
        <source>Table 2</source>
        <translation>Table 2</translation>
    </message>
</context>
<context>
    <name>AssignIndexCommand</name>
    <message>
        <source>Assign index number</source>
        <translation>Assign index number</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>%1 calendar days (counted as at least %2 working days: 5 in every 7)</source>
        <translation>%1 calendar days (counted as at least %2 working days: 5 in every 7)</translation>
    </message>
    <message>
        <source>%1 weeks (%2 working days)</source>
        <translation>%1 weeks (%2 working days)</translation>
    </message>
    <message>
        <source>%1 months (counted as at least %2 working days)</source>
        <translation>%1 months (counted as at least %2 working days)</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <source>%1 is empty. Fill it in.</source>
        <translation>%1 is empty. Fill it in.</translation>
    </message>
    <message>
        <source>%1: nothing is ticked. Tick at least one.</source>
        <translation>%1: nothing is ticked. Tick at least one.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is written &quot;%3&quot; in the standard. Change it to &quot;%3&quot;.</source>
        <translation>%1: &quot;%2&quot; is written &quot;%3&quot; in the standard. Change it to &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is ticked without saying which. Name the channel.</source>
        <translation>%1: &quot;%2&quot; is ticked without saying which. Name the channel.</translation>
    </message>
    <message>
        <source>%1: other channel &quot;%2&quot;.</source>
        <translation>%1: other channel &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the %3 values of the standard. Choose one of them, or write a local channel as &quot;%4: %2&quot;.</source>
        <translation>%1: &quot;%2&quot; is not one of the %3 values of the standard. Choose one of them, or write a local channel as &quot;%4: %2&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a value of the standard. Use one of: %3.</source>
        <translation>%1: &quot;%2&quot; is not a value of the standard. Use one of: %3.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not say within how many days the information is published. Write it like &quot;信息形成或者变更之日起20个工作日内&quot;.</source>
        <translation>%1 &quot;%2&quot; does not say within how many days the information is published. Write it like &quot;信息形成或者变更之日起20个工作日内&quot;.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; says how long the information stays public, not how soon it is published. Add the deadline, e.g. &quot;信息形成或者变更之日起20个工作日内&quot;.</source>
        <translation>%1 &quot;%2&quot; says how long the information stays public, not how soon it is published. Add the deadline, e.g. &quot;信息形成或者变更之日起20个工作日内&quot;.</translation>
    </message>
    <message>
        <source>the rules</source>
        <translation>the rules</translation>
    </message>
    <message>
        <source>%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Check that %5 sets this longer deadline.</source>
        <translation>%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Check that %5 sets this longer deadline.</translation>
    </message>
    <message>
        <source>%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Shorten it, or cite in %5 the law or regulation that sets the longer deadline.</source>
        <translation>%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Shorten it, or cite in %5 the law or regulation that sets the longer deadline.</translation>
    </message>
    <message>
        <source>%1 is %2 only, but %3 names only a county body (%4). Tick %5 too, or name the township body.</source>
        <translation>%1 is %2 only, but %3 names only a county body (%4). Tick %5 too, or name the township body.</translation>
    </message>
    <message>
        <source>%1 is %2 only, but %3 names only a township body (%4). Tick %5 too, or name the county body.</source>
        <translation>%1 is %2 only, but %3 names only a township body (%4). Tick %5 too, or name the county body.</translation>
    </message>
    <message>
        <source>(The standard&apos;s value is inferred, not read in the published guide: check it.)</source>
        <translation>(The standard&apos;s value is inferred, not read in the published guide: check it.)</translation>
    </message>
    <message>
        <source>The standard discloses this item %1 (%2); the catalogue only %3.</source>
        <translation>The standard discloses this item %1 (%2); the catalogue only %3.</translation>
    </message>
    <message>
        <source>The standard discloses this item to %1 (%2); the catalogue only to %3.</source>
        <translation>The standard discloses this item to %1 (%2); the catalogue only to %3.</translation>
    </message>
    <message>
        <source>%1 allows %2; the standard &quot;%3&quot; allows %4. Use the standard&apos;s deadline.</source>
        <translation>%1 allows %2; the standard &quot;%3&quot; allows %4. Use the standard&apos;s deadline.</translation>
    </message>
    <message>
        <source>Marked %1 without a legal basis. Cite the article (e.g. 条例 Art. 14, 15 or 16) in %2.</source>
        <translation>Marked %1 without a legal basis. Cite the article (e.g. 条例 Art. 14, 15 or 16) in %2.</translation>
    </message>
    <message>
        <source>%1 is ticked but the group is not named. Say which group in %2.</source>
        <translation>%1 is ticked but the group is not named. Say which group in %2.</translation>
    </message>
    <message>
        <source>Not in the standard %1: a local item. Fine if your office added it on purpose.</source>
        <translation>Not in the standard %1: a local item. Fine if your office added it on purpose.</translation>
    </message>
    <message>
        <source>The standard lists this item for disclosure, but it is marked %1. Check that the whole item, not just some records, must be withheld.</source>
        <translation>The standard lists this item for disclosure, but it is marked %1. Check that the whole item, not just some records, must be withheld.</translation>
    </message>
    <message>
        <source>The standard %1 has no items for the domain %2: its items were checked for form only.</source>
        <translation>The standard %1 has no items for the domain %2: its items were checked for form only.</translation>
    </message>
    <message>
        <source>The standard %1 lists &quot;%2 / %3&quot; (no. %4), but the catalogue does not have it. Add it.</source>
        <translation>The standard %1 lists &quot;%2 / %3&quot; (no. %4), but the catalogue does not have it. Add it.</translation>
    </message>
    <message>
        <source>(This row of the standard is inferred, not read in the published guide: check it.)</source>
        <translation>(This row of the standard is inferred, not read in the published guide: check it.)</translation>
    </message>
    <message>
        <source>The same item with the same content as no. %1 (%2 / %3) in %4. Remove one of them.</source>
        <translation>The same item with the same content as no. %1 (%2 / %3) in %4. Remove one of them.</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>the catalogue</translation>
    </message>
    <message>
        <source>No row of %1 fills %2: the column is missing. Fill it for all items at once (from the standard, or one value for all).</source>
        <translation>No row of %1 fills %2: the column is missing. Fill it for all items at once (from the standard, or one value for all).</translation>
    </message>
    <message>
        <source>No row of %1 fills %2: the items are named at one level only, as tables of several areas write them. Add the %2 where the standard has one.</source>
        <translation>No row of %1 fills %2: the items are named at one level only, as tables of several areas write them. Add the %2 where the standard has one.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: wrong number of arguments; run gkml-cli --help</source>
        <translation>%1: wrong number of arguments; run gkml-cli --help</translation>
    </message>
    <message>
        <source>%1: the option --%2 is required</source>
        <translation>%1: the option --%2 is required</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>edition %1 (%2, %3)</source>
        <translation>edition %1 (%2, %3)</translation>
    </message>
    <message>
        <source>diff: --%1 wants an edition number; run gkml-cli editions FILE to list them</source>
        <translation>diff: --%1 wants an edition number; run gkml-cli editions FILE to list them</translation>
    </message>
    <message>
        <source>The edition to compare with (default: the latest).</source>
        <translation>The edition to compare with (default: the latest).</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>EDITION</translation>
    </message>
    <message>
        <source>Compare with this later edition instead of the catalogue now.</source>
        <translation>Compare with this later edition instead of the catalogue now.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation>Changes from %1 to %2:</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>Changes since %1:</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Removed: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>No package has been made from this catalogue yet.</source>
        <translation>No package has been made from this catalogue yet.</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1 withheld</translation>
    </message>
    <message>
        <source>export: withheld items never go into %1 files, which are for the public.</source>
        <translation>export: withheld items never go into %1 files, which are for the public.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 items (%3)</source>
        <translation>%1: %2 items (%3)</translation>
    </message>
    <message>
        <source>The catalogue cannot be changed: %1</source>
        <translation>The catalogue cannot be changed: %1</translation>
    </message>
    <message>
        <source>The new catalogue needs the name of its unit: add --unit NAME.</source>
        <translation>The new catalogue needs the name of its unit: add --unit NAME.</translation>
    </message>
    <message>
        <source>Imported %1 items into %2.</source>
        <translation>Imported %1 items into %2.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(no domain)</translation>
    </message>
    <message>
        <source>Usage: gkml-cli COMMAND ...
Commands:
</source>
        <translation>Usage: gkml-cli COMMAND ...
Commands:
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run gkml-cli --help</source>
        <translation>unknown command &quot;%1&quot;; run gkml-cli --help</translation>
    </message>
    <message>
        <source>The zip to write, or a folder for the default name &lt;unit&gt;-政务公开事项标准目录-&lt;YYYYMMDD&gt;.zip (default: the current folder).</source>
        <translation>The zip to write, or a folder for the default name &lt;unit&gt;-政务公开事项标准目录-&lt;YYYYMMDD&gt;.zip (default: the current folder).</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation>Package written: %1</translation>
    </message>
    <message numerus="yes">
        <source>  %n public item(s)</source>
        <translation>
            <numerusform>  %n public item</numerusform>
            <numerusform>  %n public items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n withheld item(s) left out</source>
        <translation>
            <numerusform>; %n withheld item left out</numerusform>
            <numerusform>; %n withheld items left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n file(s) and manifest.json; sha256 %1</source>
        <translation>
            <numerusform>  %n file and manifest.json; sha256 %1</numerusform>
            <numerusform>  %n files and manifest.json; sha256 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n warning(s) or note(s) recorded in validation.json</source>
        <translation>
            <numerusform>  %n warning or note recorded in validation.json</numerusform>
            <numerusform>  %n warnings or notes recorded in validation.json</numerusform>
        </translation>
    </message>
    <message>
        <source>  Recorded as edition %1.</source>
        <translation>  Recorded as edition %1.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>The PDF to write.</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>Paper size: A4 (default) or A3.</source>
        <translation>Paper size: A4 (default) or A3.</translation>
    </message>
    <message>
        <source>portrait or landscape (default).</source>
        <translation>portrait or landscape (default).</translation>
    </message>
    <message>
        <source>Print only this domain.</source>
        <translation>Print only this domain.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Print only this responsible office.</source>
        <translation>Print only this responsible office.</translation>
    </message>
    <message>
        <source>One set of sheets per domain (default) or per department.</source>
        <translation>One set of sheets per domain (default) or per department.</translation>
    </message>
    <message>
        <source>Large print for notice boards: item, content, deadline, channels.</source>
        <translation>Large print for notice boards: item, content, deadline, channels.</translation>
    </message>
    <message>
        <source>Channels as the chosen names (default) or the template&apos;s checklist (■/□).</source>
        <translation>Channels as the chosen names (default) or the template&apos;s checklist (■/□).</translation>
    </message>
    <message>
        <source>Print a QR code linking to URL.</source>
        <translation>Print a QR code linking to URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Print a QR code linking to the catalogue&apos;s portal page.</source>
        <translation>Print a QR code linking to the catalogue&apos;s portal page.</translation>
    </message>
    <message>
        <source>Date in the footer (default: today).</source>
        <translation>Date in the footer (default: today).</translation>
    </message>
    <message>
        <source>print: fonts are not available (no GUI application)</source>
        <translation>print: fonts are not available (no GUI application)</translation>
    </message>
    <message>
        <source>print: --paper must be A4 or A3</source>
        <translation>print: --paper must be A4 or A3</translation>
    </message>
    <message>
        <source>print: --orientation must be portrait or landscape</source>
        <translation>print: --orientation must be portrait or landscape</translation>
    </message>
    <message>
        <source>print: --group must be domain or department</source>
        <translation>print: --group must be domain or department</translation>
    </message>
    <message>
        <source>print: --channels must be chosen or checklist</source>
        <translation>print: --channels must be chosen or checklist</translation>
    </message>
    <message>
        <source>print: --date must look like 2020-09-02</source>
        <translation>print: --date must look like 2020-09-02</translation>
    </message>
    <message>
        <source>print: --qr needs a full address such as https://example.gov.cn/gkml</source>
        <translation>print: --qr needs a full address such as https://example.gov.cn/gkml</translation>
    </message>
    <message>
        <source>print: the catalogue has no portal address; give one with --qr URL</source>
        <translation>print: the catalogue has no portal address; give one with --qr URL</translation>
    </message>
    <message>
        <source>print: no public items match --domain/--department; check the names with gkml-cli info %1</source>
        <translation>print: no public items match --domain/--department; check the names with gkml-cli info %1</translation>
    </message>
    <message>
        <source>print: the catalogue has no public items to print</source>
        <translation>print: the catalogue has no public items to print</translation>
    </message>
    <message>
        <source>%1: %2 items on %3 pages</source>
        <translation>%1: %2 items on %3 pages</translation>
    </message>
    <message>
        <source>domains: %1; %2 items; %3</source>
        <translation>domains: %1; %2 items; %3</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>User standard files are read from: %1</source>
        <translation>User standard files are read from: %1</translation>
    </message>
    <message>
        <source>validate: --format must be text or json, not &quot;%1&quot;</source>
        <translation>validate: --format must be text or json, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>given with --standard</source>
        <translation>given with --standard</translation>
    </message>
    <message>
        <source>recorded in the catalogue</source>
        <translation>recorded in the catalogue</translation>
    </message>
    <message>
        <source>recorded in the catalogue as version %1; version %2 is installed</source>
        <translation>recorded in the catalogue as version %1; version %2 is installed</translation>
    </message>
    <message>
        <source>chosen because the catalogue names no standard and this one covers its domains</source>
        <translation>chosen because the catalogue names no standard and this one covers its domains</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catalogue: %1</translation>
    </message>
    <message>
        <source>Standard: %1 %2 (%3), %4</source>
        <translation>Standard: %1 %2 (%3), %4</translation>
    </message>
    <message>
        <source>Standard: none covers the domains of this catalogue; only the form of the items was checked.</source>
        <translation>Standard: none covers the domains of this catalogue; only the form of the items was checked.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation>Made: %1 by %2</translation>
    </message>
    <message>
        <source>Items: %1 (withheld, not included: %2)</source>
        <translation>Items: %1 (withheld, not included: %2)</translation>
    </message>
    <message numerus="yes">
        <source>OK: all %n file(s) match manifest.json.</source>
        <translation>
            <numerusform>OK: all %n file match manifest.json.</numerusform>
            <numerusform>OK: all %n files match manifest.json.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package has %n problem(s):</source>
        <translation>
            <numerusform>The package has %n problem:</numerusform>
            <numerusform>The package has %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year.</source>
        <translation>--year: &quot;%1&quot; is not a year.</translation>
    </message>
    <message>
        <source>--format: say text, json or xlsx.</source>
        <translation>--format: say text, json or xlsx.</translation>
    </message>
    <message>
        <source>--format xlsx needs -o OUT.xlsx.</source>
        <translation>--format xlsx needs -o OUT.xlsx.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (write YYYY-MM-DD).</source>
        <translation>--%1: &quot;%2&quot; is not a date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>--attribute: &quot;%1&quot; is none of 主动公开, 依申请公开, 不予公开.</source>
        <translation>--attribute: &quot;%1&quot; is none of 主动公开, 依申请公开, 不予公开.</translation>
    </message>
    <message>
        <source>--copies: give a number from 1 to 1000.</source>
        <translation>--copies: give a number from 1 to 1000.</translation>
    </message>
    <message>
        <source>Give either --index-no or --assign-index, not both.</source>
        <translation>Give either --index-no or --assign-index, not both.</translation>
    </message>
    <message>
        <source>--item: the catalogue has no item %1.</source>
        <translation>--item: the catalogue has no item %1.</translation>
    </message>
    <message>
        <source>No 索引号 can be assigned: %1 Set it with gkml-cli doc index FILE --org CODE --pattern PATTERN.</source>
        <translation>No 索引号 can be assigned: %1 Set it with gkml-cli doc index FILE --org CODE --pattern PATTERN.</translation>
    </message>
    <message>
        <source>Added document %1%2.</source>
        <translation>Added document %1%2.</translation>
    </message>
    <message>
        <source> (索引号 %1)</source>
        <translation> (索引号 %1)</translation>
    </message>
    <message>
        <source>Imported %1 documents; %2 in the ledger are to be returned to their office (gkml-cli doc list FILE --to-return).</source>
        <translation>Imported %1 documents; %2 in the ledger are to be returned to their office (gkml-cli doc list FILE --to-return).</translation>
    </message>
    <message>
        <source>-o prints the to-return list: add --to-return.</source>
        <translation>-o prints the to-return list: add --to-return.</translation>
    </message>
    <message>
        <source>No document is to be returned; no list was written.</source>
        <translation>No document is to be returned; no list was written.</translation>
    </message>
    <message>
        <source>Documents returned to be redone</source>
        <translation>Documents returned to be redone</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>(no office)</translation>
    </message>
    <message>
        <source>(unmarked)</source>
        <translation>(unmarked)</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>%1 of %2 documents</translation>
    </message>
    <message>
        <source>索引号 pattern: %1</source>
        <translation>索引号 pattern: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>Organisation code: %1</source>
        <translation>Organisation code: %1</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source>doc: say add, import, list or index; run gkml-cli --help</source>
        <translation>doc: say add, import, list or index; run gkml-cli --help</translation>
    </message>
    <message>
        <source>evidence: %1 cannot be read</source>
        <translation>evidence: %1 cannot be read</translation>
    </message>
    <message>
        <source>The evidence pack is complete: every file matches its sha256.</source>
        <translation>The evidence pack is complete: every file matches its sha256.</translation>
    </message>
    <message>
        <source>evidence: the pack would overwrite the catalogue</source>
        <translation>evidence: the pack would overwrite the catalogue</translation>
    </message>
    <message>
        <source>evidence: cannot write %1</source>
        <translation>evidence: cannot write %1</translation>
    </message>
    <message>
        <source>Evidence pack written: %1</source>
        <translation>Evidence pack written: %1</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot;; use xlsx, csv, json, html or docx.</source>
        <translation>export: unknown format &quot;%1&quot;; use xlsx, csv, json, html or docx.</translation>
    </message>
    <message>
        <source>export: a township&apos;s catalogue is for its notice boards; withheld items never go into it.</source>
        <translation>export: a township&apos;s catalogue is for its notice boards; withheld items never go into it.</translation>
    </message>
    <message>
        <source>feedback: give FILE SRC, FILE --list or FILE --fixed PROBLEM --result TEXT</source>
        <translation>feedback: give FILE SRC, FILE --list or FILE --fixed PROBLEM --result TEXT</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>not matched</translation>
    </message>
    <message>
        <source>feedback: &quot;%1&quot; is not a problem number</source>
        <translation>feedback: &quot;%1&quot; is not a problem number</translation>
    </message>
    <message>
        <source>Problem %1 recorded as fixed.</source>
        <translation>Problem %1 recorded as fixed.</translation>
    </message>
    <message>
        <source>%1 problem(s) recorded, %2 matched to items, %3 not matched; %4 already recorded.</source>
        <translation>%1 problem(s) recorded, %2 matched to items, %3 not matched; %4 already recorded.</translation>
    </message>
    <message>
        <source>  not matched: %1</source>
        <translation>  not matched: %1</translation>
    </message>
    <message>
        <source>fill: &quot;%1&quot; is not a field that can be filled for all items.</source>
        <translation>fill: &quot;%1&quot; is not a field that can be filled for all items.</translation>
    </message>
    <message>
        <source>fill: give either --from-standard or --value.</source>
        <translation>fill: give either --from-standard or --value.</translation>
    </message>
    <message>
        <source>fill: --value is empty.</source>
        <translation>fill: --value is empty.</translation>
    </message>
    <message>
        <source>fill: no installed standard covers this catalogue&apos;s domains; use --value.</source>
        <translation>fill: no installed standard covers this catalogue&apos;s domains; use --value.</translation>
    </message>
    <message>
        <source>import: --on-match wants add, update or skip, not &quot;%1&quot;.</source>
        <translation>import: --on-match wants add, update or skip, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>warning: %1 of the rows match items already in the catalogue and were added again; --on-match update merges them instead.</source>
        <translation>warning: %1 of the rows match items already in the catalogue and were added again; --on-match update merges them instead.</translation>
    </message>
    <message>
        <source>Imported into %1: %2 updated, %3 added, %4 identical%5.</source>
        <translation>Imported into %1: %2 updated, %3 added, %4 identical%5.</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 skipped</translation>
    </message>
    <message>
        <source>Responsible offices:</source>
        <translation>Responsible offices:</translation>
    </message>
    <message>
        <source>Townships (items on their boards):</source>
        <translation>Townships (items on their boards):</translation>
    </message>
    <message>
        <source>inspect: --sample needs a number of domains above 0 and --seed a whole number</source>
        <translation>inspect: --sample needs a number of domains above 0 and --seed a whole number</translation>
    </message>
    <message>
        <source>inspect: --fix-days needs a number of working days (0 to 365)</source>
        <translation>inspect: --fix-days needs a number of working days (0 to 365)</translation>
    </message>
    <message>
        <source>inspect: cannot write %1</source>
        <translation>inspect: cannot write %1</translation>
    </message>
    <message>
        <source>some due dates fall in a year without holiday data and were counted Monday to Friday</source>
        <translation>some due dates fall in a year without holiday data and were counted Monday to Friday</translation>
    </message>
    <message>
        <source>package: no township has public items</source>
        <translation>package: no township has public items</translation>
    </message>
    <message>
        <source>Print the 五公开 coverage sheet (which items serve 决策、执行、管理、服务、结果) instead.</source>
        <translation>Print the 五公开 coverage sheet (which items serve 决策、执行、管理、服务、结果) instead.</translation>
    </message>
    <message>
        <source>%1: no public items for this township; no sheet made</source>
        <translation>%1: no public items for this township; no sheet made</translation>
    </message>
    <message>
        <source>print: no township has public items to print</source>
        <translation>print: no township has public items to print</translation>
    </message>
    <message>
        <source>#%1 item %2  %3  %4  %5  %6 evidence file(s)</source>
        <translation>#%1 item %2  %3  %4  %5  %6 evidence file(s)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>publish: &quot;%1&quot; is not an item id</source>
        <translation>publish: &quot;%1&quot; is not an item id</translation>
    </message>
    <message>
        <source>publish: &quot;%1&quot; is not a record id</source>
        <translation>publish: &quot;%1&quot; is not a record id</translation>
    </message>
    <message>
        <source>Record %1 removed.</source>
        <translation>Record %1 removed.</translation>
    </message>
    <message>
        <source>publish: the option --item is required</source>
        <translation>publish: the option --item is required</translation>
    </message>
    <message>
        <source>publish: &quot;%1&quot; is not an update cycle; use one of %2, or &quot;&quot; for none</source>
        <translation>publish: &quot;%1&quot; is not an update cycle; use one of %2, or &quot;&quot; for none</translation>
    </message>
    <message>
        <source>There is no item %1 in this catalogue.</source>
        <translation>There is no item %1 in this catalogue.</translation>
    </message>
    <message>
        <source>Record %1 added.</source>
        <translation>Record %1 added.</translation>
    </message>
    <message>
        <source>Update cycle set for %1 item(s).</source>
        <translation>Update cycle set for %1 item(s).</translation>
    </message>
    <message>
        <source>townships: %1 cannot be read (no such file)</source>
        <translation>townships: %1 cannot be read (no such file)</translation>
    </message>
    <message>
        <source>The list names no township.</source>
        <translation>The list names no township.</translation>
    </message>
    <message>
        <source>townships: %1 is not a .csv or .xlsx file</source>
        <translation>townships: %1 is not a .csv or .xlsx file</translation>
    </message>
    <message>
        <source>Add a township (乡镇/街道); repeat it, or list several names separated by 、 or commas.</source>
        <translation>Add a township (乡镇/街道); repeat it, or list several names separated by 、 or commas.</translation>
    </message>
    <message>
        <source>Add the townships listed in a .csv or .xlsx file (name, office, contact).</source>
        <translation>Add the townships listed in a .csv or .xlsx file (name, office, contact).</translation>
    </message>
    <message>
        <source>SRC</source>
        <translation>SRC</translation>
    </message>
    <message>
        <source>townships: --add needs at least one name</source>
        <translation>townships: --add needs at least one name</translation>
    </message>
    <message>
        <source>townships: wrong number of arguments; run gkml-cli --help</source>
        <translation>townships: wrong number of arguments; run gkml-cli --help</translation>
    </message>
    <message>
        <source>townships: the catalogue is open read-only: %1</source>
        <translation>townships: the catalogue is open read-only: %1</translation>
    </message>
    <message>
        <source>%1 township(s) added.</source>
        <translation>%1 township(s) added.</translation>
    </message>
    <message>
        <source>No townships yet; add them with gkml-cli townships %1 --add NAME</source>
        <translation>No townships yet; add them with gkml-cli townships %1 --add NAME</translation>
    </message>
    <message>
        <source>%1 (%2): %3 items, %4 of them its own</source>
        <translation>%1 (%2): %3 items, %4 of them its own</translation>
    </message>
    <message>
        <source>Only the catalogue derived for this township (see gkml-cli townships).</source>
        <translation>Only the catalogue derived for this township (see gkml-cli townships).</translation>
    </message>
    <message>
        <source>One output per township, into the folder given with -o, named after it.</source>
        <translation>One output per township, into the folder given with -o, named after it.</translation>
    </message>
    <message>
        <source>%1: give either --township NAME or --all-townships, not both</source>
        <translation>%1: give either --township NAME or --all-townships, not both</translation>
    </message>
    <message>
        <source>%1: the catalogue has no townships yet; add them with gkml-cli townships %2 --add NAME</source>
        <translation>%1: the catalogue has no townships yet; add them with gkml-cli townships %2 --add NAME</translation>
    </message>
    <message>
        <source>%1: there is no township &quot;%2&quot; in the catalogue; it has: %3</source>
        <translation>%1: there is no township &quot;%2&quot; in the catalogue; it has: %3</translation>
    </message>
    <message>
        <source>%1: with --all-townships, -o names a folder (one file per township goes into it); %2 is a file</source>
        <translation>%1: with --all-townships, -o names a folder (one file per township goes into it); %2 is a file</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>The folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>warning: GKML has no holiday data for %1: the days are computed Monday to Friday. Add the year&apos;s notice as a calendar file.</source>
        <translation>warning: GKML has no holiday data for %1: the days are computed Monday to Friday. Add the year&apos;s notice as a calendar file.</translation>
    </message>
    <message>
        <source>transfer: give either --schedule YEAR or --on DATE.</source>
        <translation>transfer: give either --schedule YEAR or --on DATE.</translation>
    </message>
    <message>
        <source>--schedule: &quot;%1&quot; is not a year.</source>
        <translation>--schedule: &quot;%1&quot; is not a year.</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (deferred)</source>
        <translation>%1 -&gt; %2 (deferred)</translation>
    </message>
    <message>
        <source>--on: &quot;%1&quot; is not a date (write YYYY-MM-DD).</source>
        <translation>--on: &quot;%1&quot; is not a date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>-o: the folder of %1 does not exist.</source>
        <translation>-o: the folder of %1 does not exist.</translation>
    </message>
    <message>
        <source>warning: %1 is not a 5th or a 20th: this is an extra batch.</source>
        <translation>warning: %1 is not a 5th or a 20th: this is an extra batch.</translation>
    </message>
    <message>
        <source>List of government information documents handed over</source>
        <translation>List of government information documents handed over</translation>
    </message>
    <message>
        <source>Batch of %1, handed over on %2: %3 documents, in two copies (county archives, county library).</source>
        <translation>Batch of %1, handed over on %2: %3 documents, in two copies (county archives, county library).</translation>
    </message>
    <message>
        <source>Nothing to record.</source>
        <translation>Nothing to record.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Nothing was changed (add --record once the documents are handed over).</source>
        <translation>Nothing was changed (add --record once the documents are handed over).</translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation>a weekday</translation>
    </message>
    <message>
        <source>a weekend day</source>
        <translation>a weekend day</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>a public holiday</translation>
    </message>
    <message>
        <source>a weekend day made a working day (调休)</source>
        <translation>a weekend day made a working day (调休)</translation>
    </message>
    <message>
        <source>a local rest day</source>
        <translation>a local rest day</translation>
    </message>
    <message>
        <source>no holiday data for %1: counted Monday to Friday; add that year&apos;s notice to the calendar folder (gkml-cli workdays --years)</source>
        <translation>no holiday data for %1: counted Monday to Friday; add that year&apos;s notice to the calendar folder (gkml-cli workdays --years)</translation>
    </message>
    <message>
        <source>workdays: --years takes no other argument</source>
        <translation>workdays: --years takes no other argument</translation>
    </message>
    <message>
        <source>%1  %2 holidays, %3 make-up working days  (%4)</source>
        <translation>%1  %2 holidays, %3 make-up working days  (%4)</translation>
    </message>
    <message>
        <source>Local rest days: %1</source>
        <translation>Local rest days: %1</translation>
    </message>
    <message>
        <source>Years are added from: %1</source>
        <translation>Years are added from: %1</translation>
    </message>
    <message>
        <source>workdays: --is takes one date and nothing else</source>
        <translation>workdays: --is takes one date and nothing else</translation>
    </message>
    <message>
        <source>workdays: &quot;%1&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>workdays: &quot;%1&quot; is not a date (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 is a working day: %2</source>
        <translation>%1 is a working day: %2</translation>
    </message>
    <message>
        <source>%1 is not a working day: %2</source>
        <translation>%1 is not a working day: %2</translation>
    </message>
    <message>
        <source>workdays: give DATE N, --is DATE or --years; run gkml-cli --help</source>
        <translation>workdays: give DATE N, --is DATE or --years; run gkml-cli --help</translation>
    </message>
    <message>
        <source>workdays: &quot;%1&quot; is not a number of working days (0 to 3650)</source>
        <translation>workdays: &quot;%1&quot; is not a number of working days (0 to 3650)</translation>
    </message>
    <message>
        <source>inspect: unknown format &quot;%1&quot; (text, json, xlsx or pdf)</source>
        <translation>inspect: unknown format &quot;%1&quot; (text, json, xlsx or pdf)</translation>
    </message>
    <message>
        <source>inspect: --format %1 needs -o OUT.%1</source>
        <translation>inspect: --format %1 needs -o OUT.%1</translation>
    </message>
    <message numerus="yes">
        <source>The content rows of %n item name(s) were joined into one item each.</source>
        <translation>
            <numerusform>The content rows of %n item name were joined into one item each.</numerusform>
            <numerusform>The content rows of %n item names were joined into one item each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n item name(s) have several content rows, kept as separate items; --join-rows joins the rows of each name into one item.</source>
        <translation>
            <numerusform>warning: %n item name have several content rows, kept as separate items; --join-rows joins the rows of each name into one item.</numerusform>
            <numerusform>warning: %n item names have several content rows, kept as separate items; --join-rows joins the rows of each name into one item.</numerusform>
        </translation>
    </message>
    <message>
        <source>The township whose own items --own-items replaces.</source>
        <translation>The township whose own items --own-items replaces.</translation>
    </message>
    <message>
        <source>Replace the township&apos;s own items (乡镇自有事项) with the items of a catalogue file its office sent in the county template.</source>
        <translation>Replace the township&apos;s own items (乡镇自有事项) with the items of a catalogue file its office sent in the county template.</translation>
    </message>
    <message>
        <source>townships: --own-items and --township go together</source>
        <translation>townships: --own-items and --township go together</translation>
    </message>
    <message>
        <source>townships: %1 holds no items</source>
        <translation>townships: %1 holds no items</translation>
    </message>
    <message>
        <source>townships: the catalogue has no township named %1</source>
        <translation>townships: the catalogue has no township named %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>The batch of %1 was recorded on %2 (%3 documents); it is not recorded twice. Without --record, -o prints its list again.</source>
        <translation>The batch of %1 was recorded on %2 (%3 documents); it is not recorded twice. Without --record, -o prints its list again.</translation>
    </message>
    <message>
        <source>This batch was recorded on %1; nothing was changed.</source>
        <translation>This batch was recorded on %1; nothing was changed.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>%1: &quot;%2&quot; is not a date (write YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>-o, --record and --cancel go with --on DATE.</source>
        <translation>-o, --record and --cancel go with --on DATE.</translation>
    </message>
    <message>
        <source>--cancel goes alone with --on DATE (not with --record, -o or --json).</source>
        <translation>--cancel goes alone with --on DATE (not with --record, -o or --json).</translation>
    </message>
    <message>
        <source>No handover is recorded for %1; nothing was changed.</source>
        <translation>No handover is recorded for %1; nothing was changed.</translation>
    </message>
    <message>
        <source>The record of the batch of %1 (%2 documents) was taken back; they are pending again.</source>
        <translation>The record of the batch of %1 (%2 documents) was taken back; they are pending again.</translation>
    </message>
</context>
<context>
    <name>ColumnFill</name>
    <message>
        <source>Filled %1 for %2 items.</source>
        <translation>Filled %1 for %2 items.</translation>
    </message>
    <message>
        <source>%1 items are not in the standard and stay empty: fill them by hand.</source>
        <translation>%1 items are not in the standard and stay empty: fill them by hand.</translation>
    </message>
</context>
<context>
    <name>ColumnFillFlow</name>
    <message>
        <source>Fill %1 for %2 items</source>
        <translation>Fill %1 for %2 items</translation>
    </message>
</context>
<context>
    <name>CoverageSheet</name>
    <message>
        <source>There is nothing to print: no public items match.</source>
        <translation>There is nothing to print: no public items match.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Marked for none</source>
        <translation>Marked for none</translation>
    </message>
    <message>
        <source>Stages no item serves</source>
        <translation>Stages no item serves</translation>
    </message>
    <message>
        <source>Item (一级事项)</source>
        <translation>Item (一级事项)</translation>
    </message>
    <message>
        <source>Item (二级事项)</source>
        <translation>Item (二级事项)</translation>
    </message>
    <message>
        <source>五公开 coverage of the catalogue of %1</source>
        <translation>五公开 coverage of the catalogue of %1</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>The file is larger than 1 GB; split it into smaller files.</source>
        <translation>The file is larger than 1 GB; split it into smaller files.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>This computer cannot write GB18030 text.</source>
        <translation>This computer cannot write GB18030 text.</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
</context>
<context>
    <name>DocumentChecker</name>
    <message>
        <source>No 公开属性 (主动公开, 依申请公开 or 不予公开) was marked: return the document to its office to be redone.</source>
        <translation>No 公开属性 (主动公开, 依申请公开 or 不予公开) was marked: return the document to its office to be redone.</translation>
    </message>
    <message>
        <source>Marked %1 without the reason: return the document to its office to be redone.</source>
        <translation>Marked %1 without the reason: return the document to its office to be redone.</translation>
    </message>
    <message>
        <source>No 保密审查 is recorded (reviewer and date): return the document to its office to be redone.</source>
        <translation>No 保密审查 is recorded (reviewer and date): return the document to its office to be redone.</translation>
    </message>
    <message>
        <source>The 保密审查 has no date: return the document to its office to be redone.</source>
        <translation>The 保密审查 has no date: return the document to its office to be redone.</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>date written</source>
        <translation>date written</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Missing: %1.</translation>
    </message>
    <message>
        <source>The 索引号 %1 does not follow the unit&apos;s pattern %2 (e.g. %3).</source>
        <translation>The 索引号 %1 does not follow the unit&apos;s pattern %2 (e.g. %3).</translation>
    </message>
    <message>
        <source>The 文号 %1 is also on: %2.</source>
        <translation>The 文号 %1 is also on: %2.</translation>
    </message>
    <message numerus="yes">
        <source>The 索引号 %1 is on %n documents; each document needs its own.</source>
        <translation>
            <numerusform>The 索引号 %1 is on %n documents; each document needs its own.</numerusform>
            <numerusform>The 索引号 %1 is on %n documents; each document needs its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentConverter</name>
    <message>
        <source>LibreOffice is not installed on this computer, so &quot;%1&quot; cannot be converted.</source>
        <translation>LibreOffice is not installed on this computer, so &quot;%1&quot; cannot be converted.</translation>
    </message>
    <message>
        <source>LibreOffice could not be started to convert &quot;%1&quot;.</source>
        <translation>LibreOffice could not be started to convert &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>LibreOffice took more than %1 seconds to convert &quot;%2&quot; and was stopped. Open the file in Word, WPS or Excel and save it as .docx or .xlsx instead.</source>
        <translation>LibreOffice took more than %1 seconds to convert &quot;%2&quot; and was stopped. Open the file in Word, WPS or Excel and save it as .docx or .xlsx instead.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert &quot;%1&quot; (the file may be damaged or protected by a password).</source>
        <translation>LibreOffice could not convert &quot;%1&quot; (the file may be damaged or protected by a password).</translation>
    </message>
</context>
<context>
    <name>DocxReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password. Open it in Word or WPS, remove the password (save without encryption), then import it again.</source>
        <translation>&quot;%1&quot; is protected by a password. Open it in Word or WPS, remove the password (save without encryption), then import it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Word 97-2003 document (.doc). Open it in Word or WPS and save it as .docx, then import that file.</source>
        <translation>&quot;%1&quot; is an old Word 97-2003 document (.doc). Open it in Word or WPS and save it as .docx, then import that file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Word document (.docx): it is damaged or a file of another kind.</source>
        <translation>&quot;%1&quot; is not a Word document (.docx): it is damaged or a file of another kind.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to read safely: its text unpacks to more than %2 MB (a damaged or hostile file, a &quot;zip bomb&quot;).</source>
        <translation>&quot;%1&quot; is too large to read safely: its text unpacks to more than %2 MB (a damaged or hostile file, a &quot;zip bomb&quot;).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a zip file but not a Word document (it has no document part).</source>
        <translation>&quot;%1&quot; is a zip file but not a Word document (it has no document part).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it cannot be opened as a Word document (.docx).</source>
        <translation>&quot;%1&quot; is damaged or incomplete: it cannot be opened as a Word document (.docx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than %2 table cells; GKML reads at most that many.</source>
        <translation>&quot;%1&quot; holds more than %2 table cells; GKML reads at most that many.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more text than GKML reads safely.</source>
        <translation>&quot;%1&quot; holds more text than GKML reads safely.</translation>
    </message>
    <message>
        <source>Table %1 of &quot;%2&quot; has a table inside one of its cells (row %3). GKML reads plain tables only: move the inner table out of the cell, or merge cells instead, then import again.</source>
        <translation>Table %1 of &quot;%2&quot; has a table inside one of its cells (row %3). GKML reads plain tables only: move the inner table out of the cell, or merge cells instead, then import again.</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Table %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its text is not valid XML (%2, line %3).</source>
        <translation>&quot;%1&quot; is damaged: its text is not valid XML (%2, line %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no table. GKML reads the catalogue from a table in the document.</source>
        <translation>&quot;%1&quot; holds no table. GKML reads the catalogue from a table in the document.</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>Unit: %1    Date: %2</source>
        <translation>Unit: %1    Date: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateSeqRule</name>
    <message>
        <source>No. %1 is also the number of &quot;%2 / %3&quot; in %4. Give each item its own number.</source>
        <translation>No. %1 is also the number of &quot;%2 / %3&quot; in %4. Give each item its own number.</translation>
    </message>
</context>
<context>
    <name>EditionStore</name>
    <message>
        <source>The editions cannot be read: %1</source>
        <translation>The editions cannot be read: %1</translation>
    </message>
    <message>
        <source>There is no edition %1 in this catalogue; run gkml-cli editions to list them.</source>
        <translation>There is no edition %1 in this catalogue; run gkml-cli editions to list them.</translation>
    </message>
    <message>
        <source>Edition %1 is damaged: its items cannot be read.</source>
        <translation>Edition %1 is damaged: its items cannot be read.</translation>
    </message>
    <message>
        <source>No package has been made from this catalogue yet, so there is no edition to compare with.</source>
        <translation>No package has been made from this catalogue yet, so there is no edition to compare with.</translation>
    </message>
    <message>
        <source>The catalogue is open read-only, so the edition cannot be recorded: %1</source>
        <translation>The catalogue is open read-only, so the edition cannot be recorded: %1</translation>
    </message>
    <message>
        <source>The edition cannot be recorded: %1</source>
        <translation>The edition cannot be recorded: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>the PDF needs the graphical part of Qt (QGuiApplication)</source>
        <translation>the PDF needs the graphical part of Qt (QGuiApplication)</translation>
    </message>
    <message>
        <source>The catalogue PDF could not be made.</source>
        <translation>The catalogue PDF could not be made.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>Event on</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Unsafe path in the pack: %1</source>
        <translation>Unsafe path in the pack: %1</translation>
    </message>
    <message>
        <source>manifest.json is missing or is not a GKML evidence pack manifest.</source>
        <translation>manifest.json is missing or is not a GKML evidence pack manifest.</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing.</source>
        <translation>%1 is listed in the manifest but missing.</translation>
    </message>
    <message>
        <source>%1 was changed after the pack was made (size or sha256 differs).</source>
        <translation>%1 was changed after the pack was made (size or sha256 differs).</translation>
    </message>
    <message>
        <source>%1 is in the pack but not in the manifest.</source>
        <translation>%1 is in the pack but not in the manifest.</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>Cannot write &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>Writing &quot;%1&quot; failed: %2</translation>
    </message>
    <message>
        <source>This version of GKML cannot write %1 files.</source>
        <translation>This version of GKML cannot write %1 files.</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <source>%1: the feedback table must be an .xlsx or .csv file.</source>
        <translation>%1: the feedback table must be an .xlsx or .csv file.</translation>
    </message>
    <message>
        <source>%1: no header with 问题明细 was found; the feedback table needs a column 问题明细.</source>
        <translation>%1: no header with 问题明细 was found; the feedback table needs a column 问题明细.</translation>
    </message>
</context>
<context>
    <name>FindingReport</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) checked: </source>
        <translation>
            <numerusform>%n item checked: </numerusform>
            <numerusform>%n items checked: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n warning, </numerusform>
            <numerusform>%n warnings, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n note.</numerusform>
            <numerusform>%n notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <source>%1 · %2 / %3 (not in the catalogue)</source>
        <translation>%1 · %2 / %3 (not in the catalogue)</translation>
    </message>
    <message>
        <source>%1 · %2 / %3 (no. %4, id %5)</source>
        <translation>%1 · %2 / %3 (no. %4, id %5)</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>The whole catalogue</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message>
        <source>The page&apos;s tables have more than %1 cells; GKML reads at most that many.</source>
        <translation>The page&apos;s tables have more than %1 cells; GKML reads at most that many.</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>table %1</translation>
    </message>
    <message>
        <source>The page has tables nested more than %1 deep; GKML cannot read it safely. Copy the catalogue table into a new page or a spreadsheet and import that.</source>
        <translation>The page has tables nested more than %1 deep; GKML cannot read it safely. Copy the catalogue table into a new page or a spreadsheet and import that.</translation>
    </message>
    <message>
        <source>The page nests its elements more than %1 levels deep; GKML cannot read it safely. Copy the catalogue table into a new page or a spreadsheet and import that.</source>
        <translation>The page nests its elements more than %1 levels deep; GKML cannot read it safely. Copy the catalogue table into a new page or a spreadsheet and import that.</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB; GKML reads at most that much. Save only the catalogue table in a page of its own and import that.</source>
        <translation>The page is larger than %1 MB; GKML reads at most that much. Save only the catalogue table in a page of its own and import that.</translation>
    </message>
    <message>
        <source>The page holds no table. Import the page (or the .html file) that shows the catalogue as a table.</source>
        <translation>The page holds no table. Import the page (or the .html file) that shows the catalogue as a table.</translation>
    </message>
    <message>
        <source>The page&apos;s tables are empty.</source>
        <translation>The page&apos;s tables are empty.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ImportMatcher</name>
    <message>
        <source>%1 to update, %2 new, %3 identical</source>
        <translation>%1 to update, %2 new, %3 identical</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>The file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>&quot;%1&quot; is a folder, not a file.</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gb18030.</source>
        <translation>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gb18030.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Cannot open the file: %1</translation>
    </message>
    <message>
        <source>domain %1 from the items, which match the standard items of that domain only</source>
        <translation>domain %1 from the items, which match the standard items of that domain only</translation>
    </message>
    <message>
        <source>GKML cannot read a PDF: its tables are only drawn lines and text. Ask for the catalogue as an Excel or Word file (.xlsx, .xls, .docx), or save it in that form, then import that file.</source>
        <translation>GKML cannot read a PDF: its tables are only drawn lines and text. Ask for the catalogue as an Excel or Word file (.xlsx, .xls, .docx), or save it in that form, then import that file.</translation>
    </message>
    <message>
        <source>GKML cannot read .%1 files itself. Open &quot;%2&quot; in Word, WPS or Excel and save it as .%3, or let LibreOffice, which is installed, convert it (in gkml-cli: import --convert).</source>
        <translation>GKML cannot read .%1 files itself. Open &quot;%2&quot; in Word, WPS or Excel and save it as .%3, or let LibreOffice, which is installed, convert it (in gkml-cli: import --convert).</translation>
    </message>
    <message>
        <source>GKML cannot read .%1 files. Open &quot;%2&quot; in Word, WPS or Excel and save it as .%3, then import that file.</source>
        <translation>GKML cannot read .%1 files. Open &quot;%2&quot; in Word, WPS or Excel and save it as .%3, then import that file.</translation>
    </message>
    <message>
        <source>No temporary folder for the conversion: %1</source>
        <translation>No temporary folder for the conversion: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was converted to .%2 by LibreOffice before import; check the items against the original.</source>
        <translation>&quot;%1&quot; was converted to .%2 by LibreOffice before import; check the items against the original.</translation>
    </message>
    <message>
        <source>GKML cannot read &quot;%1&quot;: use an .xlsx, .xls, .docx, .csv or .html file.</source>
        <translation>GKML cannot read &quot;%1&quot;: use an .xlsx, .xls, .docx, .csv or .html file.</translation>
    </message>
</context>
<context>
    <name>IndexNumberTemplate</name>
    <message>
        <source>The 索引号 pattern is empty.</source>
        <translation>The 索引号 pattern is empty.</translation>
    </message>
    <message>
        <source>The 索引号 pattern needs a serial number {seq:N} with N from 1 to 12.</source>
        <translation>The 索引号 pattern needs a serial number {seq:N} with N from 1 to 12.</translation>
    </message>
    <message>
        <source>The 索引号 pattern needs the year {year}.</source>
        <translation>The 索引号 pattern needs the year {year}.</translation>
    </message>
    <message>
        <source>The 索引号 pattern names the year or the serial number twice.</source>
        <translation>The 索引号 pattern names the year or the serial number twice.</translation>
    </message>
    <message>
        <source>The 索引号 pattern uses {org}: set the organisation code first.</source>
        <translation>The 索引号 pattern uses {org}: set the organisation code first.</translation>
    </message>
    <message>
        <source>The 索引号 pattern has an unknown placeholder; use {org}, {year}, {month} and {seq:N}.</source>
        <translation>The 索引号 pattern has an unknown placeholder; use {org}, {year}, {month} and {seq:N}.</translation>
    </message>
</context>
<context>
    <name>InspectionPdf</name>
    <message>
        <source>the PDF needs the graphical part of Qt (QGuiApplication)</source>
        <translation>the PDF needs the graphical part of Qt (QGuiApplication)</translation>
    </message>
    <message>
        <source>Self-inspection of %1 as of %2</source>
        <translation>Self-inspection of %1 as of %2</translation>
    </message>
    <message>
        <source>Sampled domains: %1</source>
        <translation>Sampled domains: %1</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>By office</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>By domain</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Some due dates fall in a year without holiday data and were counted Monday to Friday.</source>
        <translation>Some due dates fall in a year without holiday data and were counted Monday to Friday.</translation>
    </message>
    <message>
        <source>五公开 coverage</source>
        <translation>五公开 coverage</translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <source>%1 / %2: no publication recorded by %3</source>
        <translation>%1 / %2: no publication recorded by %3</translation>
    </message>
    <message>
        <source>Publish it through the channels in the catalogue and record the publication.</source>
        <translation>Publish it through the channels in the catalogue and record the publication.</translation>
    </message>
    <message>
        <source>%1 / %2: publication without a date</source>
        <translation>%1 / %2: publication without a date</translation>
    </message>
    <message>
        <source>Enter the publication date of every record.</source>
        <translation>Enter the publication date of every record.</translation>
    </message>
    <message>
        <source>%1 / %2: published after the due date %3</source>
        <translation>%1 / %2: published after the due date %3</translation>
    </message>
    <message>
        <source>Publish within the time limit of the catalogue; check the process.</source>
        <translation>Publish within the time limit of the catalogue; check the process.</translation>
    </message>
    <message>
        <source>%1 / %2: not updated since %3 (due again by %4)</source>
        <translation>%1 / %2: not updated since %3 (due again by %4)</translation>
    </message>
    <message>
        <source>Update the information and record the publication.</source>
        <translation>Update the information and record the publication.</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Never published</source>
        <translation>Never published</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>Responsible office</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Fix by</source>
        <translation>Fix by</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Fixed</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Fixed: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Inspection of %1 as of %2</source>
        <translation>Inspection of %1 as of %2</translation>
    </message>
    <message>
        <source>Sampled domains (seed %1): %2</source>
        <translation>Sampled domains (seed %1): %2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>Problems: %1</translation>
    </message>
    <message>
        <source>Some due dates fall in a year without holiday data and were counted Monday to Friday.</source>
        <translation>Some due dates fall in a year without holiday data and were counted Monday to Friday.</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1 (%2 working days)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Marked for none</source>
        <translation>Marked for none</translation>
    </message>
    <message>
        <source>Stages no item serves</source>
        <translation>Stages no item serves</translation>
    </message>
    <message>
        <source>五公开 coverage</source>
        <translation>五公开 coverage</translation>
    </message>
</context>
<context>
    <name>InspectionXlsx</name>
    <message>
        <source>Sampled domains: %1</source>
        <translation>Sampled domains: %1</translation>
    </message>
    <message>
        <source>Some due dates fall in a year without holiday data and were counted Monday to Friday.</source>
        <translation>Some due dates fall in a year without holiday data and were counted Monday to Friday.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problems found by the self-inspection of %1 as of %2</source>
        <translation>Problems found by the self-inspection of %1 as of %2</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>By office</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>By domain</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>五公开</source>
        <translation>五公开</translation>
    </message>
    <message>
        <source>五公开 coverage of %1</source>
        <translation>五公开 coverage of %1</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Level-1 item</source>
        <translation>Level-1 item</translation>
    </message>
    <message>
        <source>Level-2 item</source>
        <translation>Level-2 item</translation>
    </message>
    <message>
        <source>Level-3 item</source>
        <translation>Level-3 item</translation>
    </message>
    <message>
        <source>Content (elements)</source>
        <translation>Content (elements)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>Responsible body</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Which group</source>
        <translation>Which group</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Five disclosures</source>
        <translation>Five disclosures</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>Responsible office</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Withheld</translation>
    </message>
    <message>
        <source>Basis for withholding</source>
        <translation>Basis for withholding</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Never published</source>
        <translation>Never published</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>No publication date</translation>
    </message>
    <message>
        <source>Published late</source>
        <translation>Published late</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The JSON file is malformed at character %1: %2</source>
        <translation>The JSON file is malformed at character %1: %2</translation>
    </message>
    <message>
        <source>The JSON file has no &quot;items&quot; list; it is not a GKML export.</source>
        <translation>The JSON file has no &quot;items&quot; list; it is not a GKML export.</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;items&quot; is not an object.</source>
        <translation>Entry %1 of &quot;items&quot; is not an object.</translation>
    </message>
    <message>
        <source>GKML JSON export, %1 items</source>
        <translation>GKML JSON export, %1 items</translation>
    </message>
    <message>
        <source>The file holds no catalogue items.</source>
        <translation>The file holds no catalogue items.</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>%1: must be %2, is %3</source>
        <translation>%1: must be %2, is %3</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1: must be %2</translation>
    </message>
    <message>
        <source>%1: has a value that is not allowed</source>
        <translation>%1: has a value that is not allowed</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1: must not be empty</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the expected form</source>
        <translation>%1: &quot;%2&quot; is not in the expected form</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1: &quot;%2&quot; is not a date and time (ISO 8601)</translation>
    </message>
    <message>
        <source>%1: must be at least %2</source>
        <translation>%1: must be at least %2</translation>
    </message>
    <message>
        <source>%1: must have at least %2 entries</source>
        <translation>%1: must have at least %2 entries</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is missing</source>
        <translation>%1: the key &quot;%2&quot; is missing</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is not allowed</source>
        <translation>%1: the key &quot;%2&quot; is not allowed</translation>
    </message>
</context>
<context>
    <name>LedgerForms</name>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>Copy 1: for the county archives</source>
        <translation>Copy 1: for the county archives</translation>
    </message>
    <message>
        <source>Copy 2: for the county library</source>
        <translation>Copy 2: for the county library</translation>
    </message>
    <message>
        <source>List of government information documents handed over</source>
        <translation>List of government information documents handed over</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Batch of %1</source>
        <translation>Batch of %1</translation>
    </message>
    <message>
        <source>Batch of %1 (deferred over the holiday to %2)</source>
        <translation>Batch of %1 (deferred over the holiday to %2)</translation>
    </message>
    <message>
        <source>%1 document(s), %2 copies in all</source>
        <translation>%1 document(s), %2 copies in all</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Index number</source>
        <translation>Index number</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Date written</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>No document is due in this batch.</source>
        <translation>No document is due in this batch.</translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation>Handed over by:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Received by:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Documents returned to be redone</source>
        <translation>Documents returned to be redone</translation>
    </message>
    <message>
        <source>(no drafting office recorded)</source>
        <translation>(no drafting office recorded)</translation>
    </message>
    <message numerus="yes">
        <source>Listed on %1: %n document(s)</source>
        <translation>
            <numerusform>Listed on %1: %n document</numerusform>
            <numerusform>Listed on %1: %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it is returned</source>
        <translation>Why it is returned</translation>
    </message>
    <message>
        <source>Returned by:</source>
        <translation>Returned by:</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>The ledger %1 does not exist.</source>
        <translation>The ledger %1 does not exist.</translation>
    </message>
    <message>
        <source>A ledger must be an .xlsx or .csv file (save an .xls or .et ledger as .xlsx in Excel or WPS).</source>
        <translation>A ledger must be an .xlsx or .csv file (save an .xls or .et ledger as .xlsx in Excel or WPS).</translation>
    </message>
    <message>
        <source>The sheet %1 has merged cells over a huge area; unmerge them and save again.</source>
        <translation>The sheet %1 has merged cells over a huge area; unmerge them and save again.</translation>
    </message>
    <message>
        <source>The sheet %1 has no 标题 (文件名称) or 文号 column.</source>
        <translation>The sheet %1 has no 标题 (文件名称) or 文号 column.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>%1: the %2 &quot;%3&quot; is not a date; left empty.</source>
        <translation>%1: the %2 &quot;%3&quot; is not a date; left empty.</translation>
    </message>
    <message>
        <source>date written</source>
        <translation>date written</translation>
    </message>
    <message>
        <source>%1: the 公开属性 &quot;%2&quot; is none of 主动公开, 依申请公开, 不予公开; left unmarked.</source>
        <translation>%1: the 公开属性 &quot;%2&quot; is none of 主动公开, 依申请公开, 不予公开; left unmarked.</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>review date</translation>
    </message>
    <message>
        <source>repeal date</source>
        <translation>repeal date</translation>
    </message>
    <message>
        <source>The ledger in %1 lists no document.</source>
        <translation>The ledger in %1 lists no document.</translation>
    </message>
    <message>
        <source>No ledger header found: the first rows should name columns such as 文号, 标题, 成文日期, 起草股室, 公开属性.</source>
        <translation>No ledger header found: the first rows should name columns such as 文号, 标题, 成文日期, 起草股室, 公开属性.</translation>
    </message>
</context>
<context>
    <name>LedgerPdf</name>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Cannot start a new page.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ManyAreaTable</name>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 rows)</translation>
    </message>
    <message>
        <source>one table of several areas (一级事项 names the area): %1</source>
        <translation>one table of several areas (一级事项 names the area): %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>PackageFlow</name>
    <message>
        <source>Fix the errors listed under Findings (F8 goes to the next one).</source>
        <translation>Fix the errors listed under Findings (F8 goes to the next one).</translation>
    </message>
    <message>
        <source>Submission Package</source>
        <translation>Submission Package</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Package written: %1 (%n public item(s))</source>
        <translation>
            <numerusform>Package written: %1 (%n public item)</numerusform>
            <numerusform>Package written: %1 (%n public items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageJob</name>
    <message>
        <source>The catalogue is open read-only, so the package cannot be recorded as an edition: %1</source>
        <translation>The catalogue is open read-only, so the package cannot be recorded as an edition: %1</translation>
    </message>
    <message numerus="yes">
        <source>The package was not made: the catalogue has %n error(s). Correct them and try again.</source>
        <translation>
            <numerusform>The package was not made: the catalogue has %n error. Correct them and try again.</numerusform>
            <numerusform>The package was not made: the catalogue has %n errors. Correct them and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The package was not made: the catalogue has no public item.</source>
        <translation>The package was not made: the catalogue has no public item.</translation>
    </message>
    <message>
        <source>The package for %1 was not made: no public item is for the township level (乡级).</source>
        <translation>The package for %1 was not made: no public item is for the township level (乡级).</translation>
    </message>
</context>
<context>
    <name>PackageParts</name>
    <message>
        <source>The catalogue follows the standard %1 %2, which is not installed. Put its file in the standards folder, then make the package again.</source>
        <translation>The catalogue follows the standard %1 %2, which is not installed. Put its file in the standards folder, then make the package again.</translation>
    </message>
    <message>
        <source>the PDF needs the graphical part of Qt (QGuiApplication)</source>
        <translation>the PDF needs the graphical part of Qt (QGuiApplication)</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 is not valid JSON (%2).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>The zip holds the unsafe path &quot;%1&quot; (absolute, &quot;..&quot; or a drive letter).</source>
        <translation>The zip holds the unsafe path &quot;%1&quot; (absolute, &quot;..&quot; or a drive letter).</translation>
    </message>
    <message>
        <source>The zip holds &quot;%1&quot; twice.</source>
        <translation>The zip holds &quot;%1&quot; twice.</translation>
    </message>
    <message>
        <source>manifest.json is missing: this is not a GKML submission package.</source>
        <translation>manifest.json is missing: this is not a GKML submission package.</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice.</source>
        <translation>manifest.json lists %1 twice.</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the zip.</source>
        <translation>%1 is listed in manifest.json but missing from the zip.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, manifest.json says %3: the file was changed.</source>
        <translation>%1 has %2 bytes, manifest.json says %3: the file was changed.</translation>
    </message>
    <message>
        <source>%1 does not match its checksum in manifest.json: the file was changed.</source>
        <translation>%1 does not match its checksum in manifest.json: the file was changed.</translation>
    </message>
    <message>
        <source>%1 is in the zip but not in manifest.json.</source>
        <translation>%1 is in the zip but not in manifest.json.</translation>
    </message>
    <message>
        <source>%1 is missing from the package.</source>
        <translation>%1 is missing from the package.</translation>
    </message>
    <message>
        <source>catalogue.json holds %1 items, manifest.json says %2.</source>
        <translation>catalogue.json holds %1 items, manifest.json says %2.</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>PlaceholderContentRule</name>
    <message>
        <source>a link</source>
        <translation>a link</translation>
    </message>
    <message>
        <source>%1 only says &quot;%2&quot;, which is not the content. Name what is published (e.g. 政策文件、办理流程、审批结果).</source>
        <translation>%1 only says &quot;%2&quot;, which is not the content. Name what is published (e.g. 政策文件、办理流程、审批结果).</translation>
    </message>
</context>
<context>
    <name>PrintDevice</name>
    <message>
        <source>The printer does not accept this paper size and margins.</source>
        <translation>The printer does not accept this paper size and margins.</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>Cannot start printing.</translation>
    </message>
</context>
<context>
    <name>PublicationStatus</name>
    <message>
        <source>Not published by %1: record the publication, or publish it.</source>
        <translation>Not published by %1: record the publication, or publish it.</translation>
    </message>
    <message>
        <source>A publication record has no publication date: assessors count it as not updated. Enter the date.</source>
        <translation>A publication record has no publication date: assessors count it as not updated. Enter the date.</translation>
    </message>
    <message>
        <source>Published after its due date %1 (公开时限 counted in working days from the event date).</source>
        <translation>Published after its due date %1 (公开时限 counted in working days from the event date).</translation>
    </message>
    <message>
        <source>Not updated within its update cycle: due again by %1.</source>
        <translation>Not updated within its update cycle: due again by %1.</translation>
    </message>
</context>
<context>
    <name>PublicationStore</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>The catalogue is open read-only: %1</translation>
    </message>
    <message>
        <source>No item was chosen.</source>
        <translation>No item was chosen.</translation>
    </message>
    <message>
        <source>There is no item %1 in this catalogue.</source>
        <translation>There is no item %1 in this catalogue.</translation>
    </message>
    <message>
        <source>Say on which channel the item was published.</source>
        <translation>Say on which channel the item was published.</translation>
    </message>
    <message>
        <source>The event date %1 is after the publication date %2.</source>
        <translation>The event date %1 is after the publication date %2.</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist.</source>
        <translation>The evidence file %1 does not exist.</translation>
    </message>
    <message>
        <source>The evidence file %1 is %2 MB; a file kept in the catalogue may be at most %3 MB. Reduce the photo or screenshot and add it again.</source>
        <translation>The evidence file %1 is %2 MB; a file kept in the catalogue may be at most %3 MB. Reduce the photo or screenshot and add it again.</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read.</source>
        <translation>The evidence file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The evidence file %1 is empty.</source>
        <translation>The evidence file %1 is empty.</translation>
    </message>
    <message>
        <source>There is no publication record %1.</source>
        <translation>There is no publication record %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update cycle; use one of %2, or nothing.</source>
        <translation>&quot;%1&quot; is not an update cycle; use one of %2, or nothing.</translation>
    </message>
    <message>
        <source>There is no problem %1.</source>
        <translation>There is no problem %1.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>File Folder</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>RecordHandoverCommand</name>
    <message>
        <source>Record the handover</source>
        <translation>Record the handover</translation>
    </message>
</context>
<context>
    <name>RowJoiner</name>
    <message>
        <source>&quot;%1&quot; is drawn over %2 table rows (the later rows only add another deadline or tick): read as one item.</source>
        <translation>&quot;%1&quot; is drawn over %2 table rows (the later rows only add another deadline or tick): read as one item.</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>There is nothing to print: no public items match.</source>
        <translation>There is nothing to print: no public items match.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>Cannot start a new page.</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>The catalogue is busy in another program; try again in a moment.</source>
        <translation>The catalogue is busy in another program; try again in a moment.</translation>
    </message>
    <message>
        <source>The catalogue file was moved or deleted while it was open, so the change was not saved. Use &quot;Save a copy&quot; to keep the catalogue.</source>
        <translation>The catalogue file was moved or deleted while it was open, so the change was not saved. Use &quot;Save a copy&quot; to keep the catalogue.</translation>
    </message>
    <message>
        <source>The catalogue cannot be changed: the file or its folder is read-only.</source>
        <translation>The catalogue cannot be changed: the file or its folder is read-only.</translation>
    </message>
    <message>
        <source>Reading or writing the file failed (%1); check the disk or network drive.</source>
        <translation>Reading or writing the file failed (%1); check the disk or network drive.</translation>
    </message>
    <message>
        <source>The catalogue file is damaged. Open a copy or a backup instead.</source>
        <translation>The catalogue file is damaged. Open a copy or a backup instead.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>The disk is full; the change was not saved. Free some space and try again.</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>The file cannot be opened (%1).</translation>
    </message>
    <message>
        <source>This is not a GKML catalogue file (it is not a database).</source>
        <translation>This is not a GKML catalogue file (it is not a database).</translation>
    </message>
    <message>
        <source>The catalogue could not be read or written: %1</source>
        <translation>The catalogue could not be read or written: %1</translation>
    </message>
</context>
<context>
    <name>StagesRule</name>
    <message>
        <source>No item of %1 is marked for %2 disclosure (五公开); mark the items that serve it.</source>
        <translation>No item of %1 is marked for %2 disclosure (五公开); mark the items that serve it.</translation>
    </message>
    <message>
        <source>The item is marked for none of the five disclosures (决策、执行、管理、服务、结果).</source>
        <translation>The item is marked for none of the five disclosures (决策、执行、管理、服务、结果).</translation>
    </message>
</context>
<context>
    <name>Standard</name>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>this key is required</source>
        <translation>this key is required</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>expected text, found %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>expected a list, found %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>expected an object, found %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field key (see docs/checker.md)</source>
        <translation>&quot;%1&quot; is not a field key (see docs/checker.md)</translation>
    </message>
    <message>
        <source>Cannot read the standard file %1: %2</source>
        <translation>Cannot read the standard file %1: %2</translation>
    </message>
    <message>
        <source>Standard file %1: %2</source>
        <translation>Standard file %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (byte offset %3): %4</source>
        <translation>not valid JSON at line %1, column %2 (byte offset %3): %4</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {...}</source>
        <translation>the file must hold one JSON object {...}</translation>
    </message>
    <message>
        <source>expected &quot;gkml-standard&quot;, found &quot;%1&quot;</source>
        <translation>expected &quot;gkml-standard&quot;, found &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the file is written for a newer GKML (format version %1); update GKML</source>
        <translation>the file is written for a newer GKML (format version %1); update GKML</translation>
    </message>
    <message>
        <source>must not contain spaces or &quot;@&quot;</source>
        <translation>must not contain spaces or &quot;@&quot;</translation>
    </message>
    <message>
        <source>only set fields (channels, audience, method, level, stages) have a vocabulary</source>
        <translation>only set fields (channels, audience, method, level, stages) have a vocabulary</translation>
    </message>
    <message>
        <source>must list at least one value</source>
        <translation>must list at least one value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must also be one of the values</source>
        <translation>&quot;%1&quot; must also be one of the values</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values</source>
        <translation>&quot;%1&quot; is not one of the values</translation>
    </message>
    <message>
        <source>expected a whole number of working days above 0</source>
        <translation>expected a whole number of working days above 0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of vocabularies.%2.values</source>
        <translation>&quot;%1&quot; is not one of vocabularies.%2.values</translation>
    </message>
    <message>
        <source>the same item (%1 / %2) as items[%3]</source>
        <translation>the same item (%1 / %2) as items[%3]</translation>
    </message>
    <message>
        <source>a standard needs items (or &quot;includes&quot; naming other standards)</source>
        <translation>a standard needs items (or &quot;includes&quot; naming other standards)</translation>
    </message>
</context>
<context>
    <name>StandardAdditions</name>
    <message numerus="yes">
        <source>Add %n item(s) from the standard</source>
        <translation>
            <numerusform>Add %n item from the standard</numerusform>
            <numerusform>Add %n items from the standard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardLibrary</name>
    <message>
        <source>Standard file %1: includes: no standard with id &quot;%2&quot; is installed</source>
        <translation>Standard file %1: includes: no standard with id &quot;%2&quot; is installed</translation>
    </message>
    <message>
        <source>The standard file %1 does not exist.</source>
        <translation>The standard file %1 does not exist.</translation>
    </message>
    <message>
        <source>No standard with id &quot;%1&quot; is installed (available: %2).</source>
        <translation>No standard with id &quot;%1&quot; is installed (available: %2).</translation>
    </message>
    <message>
        <source>Version %1 of the standard &quot;%2&quot; is not installed (available: %3).</source>
        <translation>Version %1 of the standard &quot;%2&quot; is not installed (available: %3).</translation>
    </message>
    <message>
        <source>The catalogue follows the standard %1 %2, which is not installed. Put its file in the standards folder or give --standard PATH.</source>
        <translation>The catalogue follows the standard %1 %2, which is not installed. Put its file in the standards folder or give --standard PATH.</translation>
    </message>
</context>
<context>
    <name>SubmissionPackage</name>
    <message>
        <source>No temporary folder is available to prepare the package: %1</source>
        <translation>No temporary folder is available to prepare the package: %1</translation>
    </message>
    <message>
        <source>The package cannot hold a file named &quot;%1&quot;.</source>
        <translation>The package cannot hold a file named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not write %1 for the package: %2</source>
        <translation>Could not write %1 for the package: %2</translation>
    </message>
    <message>
        <source>The package has no content.</source>
        <translation>The package has no content.</translation>
    </message>
    <message>
        <source>The package has not been built.</source>
        <translation>The package has not been built.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>Could not save the package as %1: %2</source>
        <translation>Could not save the package as %1: %2</translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <source>Printing needs the graphical part of Qt (QGuiApplication).</source>
        <translation>Printing needs the graphical part of Qt (QGuiApplication).</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>TemplateMapper</name>
    <message>
        <source>The merged cells of &quot;%1&quot; cover more cells than GKML reads safely; check that this is the right file, or unmerge the cells and save it again.</source>
        <translation>The merged cells of &quot;%1&quot; cover more cells than GKML reads safely; check that this is the right file, or unmerge the cells and save it again.</translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; is not an item and was skipped: %3</source>
        <translation>Row %1 of &quot;%2&quot; is not an item and was skipped: %3</translation>
    </message>
    <message>
        <source>The required column %1 was not found in the header of &quot;%2&quot;. GKML looks for a header row (一级事项, 二级事项, 公开内容 …) in the first %3 rows of each sheet or table.</source>
        <translation>The required column %1 was not found in the header of &quot;%2&quot;. GKML looks for a header row (一级事项, 二级事项, 公开内容 …) in the first %3 rows of each sheet or table.</translation>
    </message>
    <message>
        <source>The required column(s) %1 were not found in the header of &quot;%2&quot;%3.</source>
        <translation>The required column(s) %1 were not found in the header of &quot;%2&quot;%3.</translation>
    </message>
    <message>
        <source> (or give the domain with --domain)</source>
        <translation> (or give the domain with --domain)</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a catalogue field; its values are kept in 备注 (note).</source>
        <translation>Column &quot;%1&quot; is not a catalogue field; its values are kept in 备注 (note).</translation>
    </message>
    <message>
        <source>Row %1 has more cells than the header (cell %2 of %3); a value probably contains an unquoted comma.</source>
        <translation>Row %1 has more cells than the header (cell %2 of %3); a value probably contains an unquoted comma.</translation>
    </message>
    <message>
        <source>Row %1 is not an item and was skipped: %2</source>
        <translation>Row %1 is not an item and was skipped: %2</translation>
    </message>
    <message>
        <source>Row %1: the %2 cell says &quot;%3&quot;; it was taken as ticked.</source>
        <translation>Row %1: the %2 cell says &quot;%3&quot;; it was taken as ticked.</translation>
    </message>
    <message>
        <source>Row %1 does not say its domain (领域); fill it in or give --domain.</source>
        <translation>Row %1 does not say its domain (领域); fill it in or give --domain.</translation>
    </message>
    <message>
        <source>two-row header in rows %1-%2, %3 columns recognised</source>
        <translation>two-row header in rows %1-%2, %3 columns recognised</translation>
    </message>
    <message>
        <source>header in row %1, %2 columns recognised</source>
        <translation>header in row %1, %2 columns recognised</translation>
    </message>
    <message>
        <source>The file holds no catalogue items.</source>
        <translation>The file holds no catalogue items.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no catalogue header and was skipped.</source>
        <translation>&quot;%1&quot; has no catalogue header and was skipped.</translation>
    </message>
    <message>
        <source>domain %1 from the title</source>
        <translation>domain %1 from the title</translation>
    </message>
    <message>
        <source>domain %1 from the sheet name</source>
        <translation>domain %1 from the sheet name</translation>
    </message>
    <message>
        <source>domain %1 from the file name</source>
        <translation>domain %1 from the file name</translation>
    </message>
    <message>
        <source>&quot;%1&quot; records no merged cells: %2 blank 一级事项 cells took the item name of the row above, as a merged cell would. Check them in the preview.</source>
        <translation>&quot;%1&quot; records no merged cells: %2 blank 一级事项 cells took the item name of the row above, as a merged cell would. Check them in the preview.</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1 (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>The header of &quot;%1&quot; is ambiguous: the cells %2 all mean %3, so GKML cannot tell which column to read. Keep one of them (rename or delete the others) and import again.</source>
        <translation>The header of &quot;%1&quot; is ambiguous: the cells %2 all mean %3, so GKML cannot tell which column to read. Keep one of them (rename or delete the others) and import again.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gb18030.</source>
        <translation>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gb18030.</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>This is not a text file.</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but contains invalid characters.</source>
        <translation>The file says it is UTF-8 but contains invalid characters.</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but contains invalid characters.</source>
        <translation>The file says it is UTF-16 but contains invalid characters.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; try --encoding gb18030.</source>
        <translation>The file is not valid UTF-8; try --encoding gb18030.</translation>
    </message>
    <message>
        <source>This computer cannot decode GB18030 text; save the file as UTF-8 and try again.</source>
        <translation>This computer cannot decode GB18030 text; save the file as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>The file is neither UTF-8 nor GB18030 text.</translation>
    </message>
</context>
<context>
    <name>TownshipBoards</name>
    <message>
        <source>The catalogue has no townships yet: add them first.</source>
        <translation>The catalogue has no townships yet: add them first.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>TownshipList</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>The list names no township.</source>
        <translation>The list names no township.</translation>
    </message>
</context>
<context>
    <name>TownshipStore</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>The catalogue is open read-only: %1</translation>
    </message>
    <message>
        <source>A township needs a name.</source>
        <translation>A township needs a name.</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long for a township name (at most %2 characters).</source>
        <translation>&quot;%1…&quot; is too long for a township name (at most %2 characters).</translation>
    </message>
    <message>
        <source>The township name &quot;%1&quot; contains a character that cannot be used in a file name.</source>
        <translation>The township name &quot;%1&quot; contains a character that cannot be used in a file name.</translation>
    </message>
    <message>
        <source>The townships cannot be read: %1</source>
        <translation>The townships cannot be read: %1</translation>
    </message>
    <message>
        <source>There is already a township named %1.</source>
        <translation>There is already a township named %1.</translation>
    </message>
    <message>
        <source>The township&apos;s own items cannot be read: %1</source>
        <translation>The township&apos;s own items cannot be read: %1</translation>
    </message>
    <message>
        <source>The township is no longer in the catalogue.</source>
        <translation>The township is no longer in the catalogue.</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>The built-in holiday data is missing.</source>
        <translation>The built-in holiday data is missing.</translation>
    </message>
    <message>
        <source>%1: not a list of local rest days {&quot;off&quot;: [&quot;YYYY-MM-DD&quot;, ...]}</source>
        <translation>%1: not a list of local rest days {&quot;off&quot;: [&quot;YYYY-MM-DD&quot;, ...]}</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: cannot be read</translation>
    </message>
    <message>
        <source>%1: not a holiday file (it needs {&quot;years&quot;: {&quot;2027&quot;: {&quot;off&quot;: [...], &quot;work&quot;: [...]}}})</source>
        <translation>%1: not a holiday file (it needs {&quot;years&quot;: {&quot;2027&quot;: {&quot;off&quot;: [...], &quot;work&quot;: [...]}}})</translation>
    </message>
    <message>
        <source>%1: year &quot;%2&quot; is malformed%3</source>
        <translation>%1: year &quot;%2&quot; is malformed%3</translation>
    </message>
    <message>
        <source> (bad date &quot;%1&quot;)</source>
        <translation> (bad date &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 is not a year.</translation>
    </message>
    <message>
        <source>Enter the holidays of %1 (and its make-up working days, if any).</source>
        <translation>Enter the holidays of %1 (and its make-up working days, if any).</translation>
    </message>
    <message>
        <source>%1 is not a day of %2.</source>
        <translation>%1 is not a day of %2.</translation>
    </message>
    <message>
        <source>%1 cannot be both a holiday and a make-up working day.</source>
        <translation>%1 cannot be both a holiday and a make-up working day.</translation>
    </message>
    <message>
        <source>No folder for calendar years can be created (%1).</source>
        <translation>No folder for calendar years can be created (%1).</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 cannot be written.</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>This build of GKML cannot read Excel 97-2003 workbooks (.xls). Open &quot;%1&quot; in Excel or WPS, save it as .xlsx, then import that file.</source>
        <translation>This build of GKML cannot read Excel 97-2003 workbooks (.xls). Open &quot;%1&quot; in Excel or WPS, save it as .xlsx, then import that file.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB; GKML does not read .xls files that large.</source>
        <translation>&quot;%1&quot; is larger than %2 MB; GKML does not read .xls files that large.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel 97-2003 workbook (.xls): it is damaged or a file of another kind.</source>
        <translation>&quot;%1&quot; is not an Excel 97-2003 workbook (.xls): it is damaged or a file of another kind.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password. Open it in Excel or WPS, remove the password (save without encryption), then import it again.</source>
        <translation>&quot;%1&quot; is protected by a password. Open it in Excel or WPS, remove the password (save without encryption), then import it again.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or is not an Excel workbook: GKML cannot read its sheets. Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation>&quot;%1&quot; is damaged or is not an Excel workbook: GKML cannot read its sheets. Open it in Excel or WPS and save it as .xlsx, then import that file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (it may be a Word document). Save the catalogue as .xlsx or .docx, then import that file.</source>
        <translation>&quot;%1&quot; is not an Excel workbook (it may be a Word document). Save the catalogue as .xlsx or .docx, then import that file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no worksheets.</source>
        <translation>&quot;%1&quot; holds no worksheets.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 cells; GKML reads at most that many. Check that this is the right file, or split it into smaller workbooks.</source>
        <translation>The workbook holds more than %1 cells; GKML reads at most that many. Check that this is the right file, or split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>The workbook holds more text than GKML reads safely (%1 million characters). Check that this is the right file, or split it into smaller workbooks.</source>
        <translation>The workbook holds more text than GKML reads safely (%1 million characters). Check that this is the right file, or split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: the formula cells %2 have no value GKML can read (an error value or an old format); they were read as empty. Check them in Excel.</source>
        <translation>Sheet &quot;%1&quot;: the formula cells %2 have no value GKML can read (an error value or an old format); they were read as empty. Check them in Excel.</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no cells in the file and was skipped.</source>
        <translation>Sheet &quot;%1&quot; has no cells in the file and was skipped.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no cells: every sheet is empty.</source>
        <translation>&quot;%1&quot; holds no cells: every sheet is empty.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook holds more text than GKML reads safely (%1 million characters). Check that this is the right file, or split it into smaller workbooks.</source>
        <translation>The workbook holds more text than GKML reads safely (%1 million characters). Check that this is the right file, or split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>The workbook is incomplete: its part &quot;%1&quot; is missing.</source>
        <translation>The workbook is incomplete: its part &quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>The workbook is too large to read safely: its part &quot;%1&quot; unpacks to more than %2 MB (a damaged file or a zip bomb). Check that this is the right file.</source>
        <translation>The workbook is too large to read safely: its part &quot;%1&quot; unpacks to more than %2 MB (a damaged file or a zip bomb). Check that this is the right file.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; cannot be found.</source>
        <translation>The workbook is damaged: its part &quot;%1&quot; cannot be found.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; cannot be unpacked.</source>
        <translation>The workbook is damaged: its part &quot;%1&quot; cannot be unpacked.</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; is not valid XML (%2, line %3).</source>
        <translation>The workbook is damaged: its part &quot;%1&quot; is not valid XML (%2, line %3).</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; fails its checksum.</source>
        <translation>The workbook is damaged: its part &quot;%1&quot; fails its checksum.</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 different texts (sharedStrings); GKML reads at most that many. Check that this is the right file, or split it.</source>
        <translation>The workbook holds more than %1 different texts (sharedStrings); GKML reads at most that many. Check that this is the right file, or split it.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; refers to a missing text (cell %2).</source>
        <translation>The workbook is damaged: sheet &quot;%1&quot; refers to a missing text (cell %2).</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 cells; GKML reads at most that many. Split it into smaller workbooks.</source>
        <translation>The workbook holds more than %1 cells; GKML reads at most that many. Split it into smaller workbooks.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; has a row number out of range.</source>
        <translation>The workbook is damaged: sheet &quot;%1&quot; has a row number out of range.</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; has a bad cell reference &quot;%2&quot;.</source>
        <translation>The workbook is damaged: sheet &quot;%1&quot; has a bad cell reference &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>Cannot open &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation>&quot;%1&quot; is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it as .xlsx, then import that file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx): it is damaged or a file of another kind.</source>
        <translation>&quot;%1&quot; is not an Excel workbook (.xlsx): it is damaged or a file of another kind.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it cannot be opened as an Excel workbook (.xlsx).</source>
        <translation>&quot;%1&quot; is damaged or incomplete: it cannot be opened as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: its table of contents cannot be read.</source>
        <translation>&quot;%1&quot; is damaged or incomplete: its table of contents cannot be read.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an OpenDocument spreadsheet (.ods). Save it as .xlsx, then import that file.</source>
        <translation>&quot;%1&quot; is an OpenDocument spreadsheet (.ods). Save it as .xlsx, then import that file.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a zip file but not an Excel workbook (it has no workbook part).</source>
        <translation>&quot;%1&quot; is a zip file but not an Excel workbook (it has no workbook part).</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no cells in the file and was skipped.</source>
        <translation>Sheet &quot;%1&quot; has no cells in the file and was skipped.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no worksheets.</source>
        <translation>&quot;%1&quot; holds no worksheets.</translation>
    </message>
    <message>
        <source>a text holds an unknown character reference</source>
        <translation>a text holds an unknown character reference</translation>
    </message>
    <message>
        <source>the sheet ends inside cell %1</source>
        <translation>the sheet ends inside cell %1</translation>
    </message>
    <message>
        <source>cell %1 holds an unknown character reference</source>
        <translation>cell %1 holds an unknown character reference</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1 of item %2 (%3) is longer than %4 characters, the most an Excel cell holds; shorten it.</source>
        <translation>%1 of item %2 (%3) is longer than %4 characters, the most an Excel cell holds; shorten it.</translation>
    </message>
    <message>
        <source>Packing the workbook failed: %1</source>
        <translation>Packing the workbook failed: %1</translation>
    </message>
</context>
<context>
    <name>XmlTagScanner</name>
    <message>
        <source>the text ends inside a tag</source>
        <translation>the text ends inside a tag</translation>
    </message>
    <message>
        <source>a comment is not closed</source>
        <translation>a comment is not closed</translation>
    </message>
    <message>
        <source>a CDATA section is not closed</source>
        <translation>a CDATA section is not closed</translation>
    </message>
    <message>
        <source>it holds a document type declaration, which spreadsheets never have</source>
        <translation>it holds a document type declaration, which spreadsheets never have</translation>
    </message>
    <message>
        <source>a processing instruction is not closed</source>
        <translation>a processing instruction is not closed</translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation>a tag has no name</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>This is not a zip file, or the zip file is damaged.</source>
        <translation>This is not a zip file, or the zip file is damaged.</translation>
    </message>
    <message>
        <source>The zip file is damaged (its table of contents cannot be read).</source>
        <translation>The zip file is damaged (its table of contents cannot be read).</translation>
    </message>
    <message>
        <source>The zip file holds too many files to be a GKML package.</source>
        <translation>The zip file holds too many files to be a GKML package.</translation>
    </message>
    <message>
        <source>The zip file is too large to be a GKML package.</source>
        <translation>The zip file is too large to be a GKML package.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; inside the zip cannot be read (it may be encrypted or damaged).</source>
        <translation>The file &quot;%1&quot; inside the zip cannot be read (it may be encrypted or damaged).</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; inside the zip is damaged.</source>
        <translation>The file &quot;%1&quot; inside the zip is damaged.</translation>
    </message>
    <message>
        <source>Could not start the zip file.</source>
        <translation>Could not start the zip file.</translation>
    </message>
    <message>
        <source>Refused to store the unsafe path &quot;%1&quot; in a zip file.</source>
        <translation>Refused to store the unsafe path &quot;%1&quot; in a zip file.</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the zip file.</source>
        <translation>Could not add &quot;%1&quot; to the zip file.</translation>
    </message>
    <message>
        <source>Could not finish the zip file.</source>
        <translation>Could not finish the zip file.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This is a folder, not a zip file.</source>
        <translation>This is a folder, not a zip file.</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>The file cannot be opened: %1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is missing from the zip file.</source>
        <translation>The file &quot;%1&quot; is missing from the zip file.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; inside the zip unpacks to more than %2 MB.</source>
        <translation>The file &quot;%1&quot; inside the zip unpacks to more than %2 MB.</translation>
    </message>
</context>
<context>
    <name>gkml::CalendarYearDialog</name>
    <message>
        <source>Add a calendar year</source>
        <translation>Add a calendar year</translation>
    </message>
    <message>
        <source>e.g. 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕N号)</source>
        <translation>e.g. 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕N号)</translation>
    </message>
    <message>
        <source>Holidays, one date or range per line:
2027-01-01
2027-02-05~2027-02-11</source>
        <translation>Holidays, one date or range per line:
2027-01-01
2027-02-05~2027-02-11</translation>
    </message>
    <message>
        <source>Weekend days made working days (调休), e.g.
2027-02-13</source>
        <translation>Weekend days made working days (调休), e.g.
2027-02-13</translation>
    </message>
    <message>
        <source>Saved in %1; it replaces the built-in data of that year.</source>
        <translation>Saved in %1; it replaces the built-in data of that year.</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>Notice:</translation>
    </message>
    <message>
        <source>Holidays (放假):</source>
        <translation>Holidays (放假):</translation>
    </message>
    <message>
        <source>Make-up working days (调休上班):</source>
        <translation>Make-up working days (调休上班):</translation>
    </message>
    <message>
        <source>%1 already has data (%2): saving replaces it.</source>
        <translation>%1 already has data (%2): saving replaces it.</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>built in</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2027-10-01 or 2027-10-01~2027-10-07).</source>
        <translation>&quot;%1&quot; is not a date (write 2027-10-01 or 2027-10-01~2027-10-07).</translation>
    </message>
</context>
<context>
    <name>gkml::CatalogueEditor</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>The catalogue is open read-only: %1</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>The item no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Move item up</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Move item down</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Import %n item</numerusform>
            <numerusform>Import %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: %1 updated, %2 added</source>
        <translation>Import: %1 updated, %2 added</translation>
    </message>
</context>
<context>
    <name>gkml::CatalogueFile</name>
    <message>
        <source>The SQLite support of Qt is missing (QSQLITE driver); please reinstall GKML.</source>
        <translation>The SQLite support of Qt is missing (QSQLITE driver); please reinstall GKML.</translation>
    </message>
    <message>
        <source>This file is a database, but not a GKML catalogue.</source>
        <translation>This file is a database, but not a GKML catalogue.</translation>
    </message>
    <message>
        <source>This file belongs to another program, not to GKML.</source>
        <translation>This file belongs to another program, not to GKML.</translation>
    </message>
    <message>
        <source>The catalogue file is damaged (%1). Open a copy or a backup instead.</source>
        <translation>The catalogue file is damaged (%1). Open a copy or a backup instead.</translation>
    </message>
    <message>
        <source>Could not create the catalogue: %1</source>
        <translation>Could not create the catalogue: %1</translation>
    </message>
    <message>
        <source>Could not update the catalogue to this version of GKML: %1</source>
        <translation>Could not update the catalogue to this version of GKML: %1</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>A file with this name already exists; choose another name.</translation>
    </message>
    <message>
        <source>Could not create the catalogue file.</source>
        <translation>Could not create the catalogue file.</translation>
    </message>
    <message>
        <source>Could not create the catalogue file: the folder may be read-only.</source>
        <translation>Could not create the catalogue file: the folder may be read-only.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>This is a folder, not a catalogue file.</source>
        <translation>This is a folder, not a catalogue file.</translation>
    </message>
    <message>
        <source>You are not allowed to read this file.</source>
        <translation>You are not allowed to read this file.</translation>
    </message>
    <message>
        <source>This is not a GKML catalogue file (it is not a database).</source>
        <translation>This is not a GKML catalogue file (it is not a database).</translation>
    </message>
    <message>
        <source>The folder of this file is read-only.</source>
        <translation>The folder of this file is read-only.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>The file is read-only.</translation>
    </message>
    <message>
        <source>%1 on %2 has had this catalogue open for editing since %3.</source>
        <translation>%1 on %2 has had this catalogue open for editing since %3.</translation>
    </message>
    <message>
        <source>This catalogue was saved by a newer version of GKML; please update GKML to open it.</source>
        <translation>This catalogue was saved by a newer version of GKML; please update GKML to open it.</translation>
    </message>
    <message>
        <source>This catalogue was saved by an older version of GKML and must be updated, but it cannot be changed now: %1</source>
        <translation>This catalogue was saved by an older version of GKML and must be updated, but it cannot be changed now: %1</translation>
    </message>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>The catalogue is open read-only: %1</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>The item no longer exists.</translation>
    </message>
    <message>
        <source>Choose another file name for the copy.</source>
        <translation>Choose another file name for the copy.</translation>
    </message>
    <message>
        <source>Could not write the copy: the folder may be read-only.</source>
        <translation>Could not write the copy: the folder may be read-only.</translation>
    </message>
    <message>
        <source>The catalogue was not closed properly (GKML or the computer stopped while saving) and can only be repaired where it may be changed: open it once for editing from a writable folder, together with its &quot;-journal&quot; file.</source>
        <translation>The catalogue was not closed properly (GKML or the computer stopped while saving) and can only be repaired where it may be changed: open it once for editing from a writable folder, together with its &quot;-journal&quot; file.</translation>
    </message>
    <message>
        <source>The catalogue could not be read or written: %1</source>
        <translation>The catalogue could not be read or written: %1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created: choose another place.</source>
        <translation>The folder %1 could not be created: choose another place.</translation>
    </message>
    <message>
        <source>Another window is opening this catalogue for editing at this moment. Close this one and open the file again in a few seconds.</source>
        <translation>Another window is opening this catalogue for editing at this moment. Close this one and open the file again in a few seconds.</translation>
    </message>
</context>
<context>
    <name>gkml::CatalogueSession</name>
    <message>
        <source>Could not open %1.</source>
        <translation>Could not open %1.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Could not create %1.</translation>
    </message>
    <message>
        <source>standard %1 %2</source>
        <translation>standard %1 %2</translation>
    </message>
    <message>
        <source>The standard&apos;s items could not be added.</source>
        <translation>The standard&apos;s items could not be added.</translation>
    </message>
</context>
<context>
    <name>gkml::ChangesDialog</name>
    <message>
        <source>Changes Since a Submitted Edition</source>
        <translation>Changes Since a Submitted Edition</translation>
    </message>
    <message>
        <source>Edition %1 of %2 (%3 items, %4)</source>
        <translation>Edition %1 of %2 (%3 items, %4)</translation>
    </message>
    <message>
        <source>Item / field</source>
        <translation>Item / field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Compare the catalogue now with:</source>
        <translation>Compare the catalogue now with:</translation>
    </message>
    <message>
        <source>No submission package has been made from this catalogue yet, so there is no edition to compare with.</source>
        <translation>No submission package has been made from this catalogue yet, so there is no edition to compare with.</translation>
    </message>
    <message>
        <source>Nothing has changed since this edition.</source>
        <translation>Nothing has changed since this edition.</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since this edition.</source>
        <translation>%1 added, %2 removed, %3 changed since this edition.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>new item</source>
        <translation>new item</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>was in the edition</source>
        <translation>was in the edition</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) now withheld (不予公开): kept in the catalogue, left out of the next package.</source>
        <translation>
            <numerusform>%n item now withheld (不予公开): kept in the catalogue, left out of the next package.</numerusform>
            <numerusform>%n items now withheld (不予公开): kept in the catalogue, left out of the next package.</numerusform>
        </translation>
    </message>
    <message>
        <source>now withheld (不予公开)</source>
        <translation>now withheld (不予公开)</translation>
    </message>
    <message>
        <source>public again</source>
        <translation>public again</translation>
    </message>
</context>
<context>
    <name>gkml::CheckController</name>
    <message>
        <source>Standard: %1 %2</source>
        <translation>Standard: %1 %2</translation>
    </message>
    <message>
        <source>No standard: only the form is checked</source>
        <translation>No standard: only the form is checked</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the catalogue passes every check.</source>
        <translation>No findings: the catalogue passes every check.</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes. Double-click a finding (or press F8) to go to it.</source>
        <translation>%1 errors, %2 warnings, %3 notes. Double-click a finding (or press F8) to go to it.</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>Reading the catalogue…</translation>
    </message>
</context>
<context>
    <name>gkml::CheckList</name>
    <message>
        <source>Not a value of the standard&apos;s list; uncheck it to remove it.</source>
        <translation>Not a value of the standard&apos;s list; uncheck it to remove it.</translation>
    </message>
</context>
<context>
    <name>gkml::ColumnFillDialog</name>
    <message>
        <source>From the &amp;standard (each item takes the standard&apos;s value)</source>
        <translation>From the &amp;standard (each item takes the standard&apos;s value)</translation>
    </message>
    <message>
        <source>One &amp;value for all:</source>
        <translation>One &amp;value for all:</translation>
    </message>
    <message>
        <source>Fill %1 for All Items</source>
        <translation>Fill %1 for All Items</translation>
    </message>
    <message>
        <source>No item of the catalogue fills %1. Fill it:</source>
        <translation>No item of the catalogue fills %1. Fill it:</translation>
    </message>
    <message>
        <source>No item of %1 fills %2. Fill it:</source>
        <translation>No item of %1 fills %2. Fill it:</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>&amp;Fill</translation>
    </message>
    <message>
        <source>%1 item(s) will be filled.</source>
        <translation>%1 item(s) will be filled.</translation>
    </message>
    <message>
        <source>%1 item(s) are not in the standard and stay empty.</source>
        <translation>%1 item(s) are not in the standard and stay empty.</translation>
    </message>
</context>
<context>
    <name>gkml::DocumentLedgerWindow</name>
    <message>
        <source>Document register - %1</source>
        <translation>Document register - %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Assign index number</source>
        <translation>Assign index number</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Index number pattern…</source>
        <translation>Index number pattern…</translation>
    </message>
    <message>
        <source>Print the return list…</source>
        <translation>Print the return list…</translation>
    </message>
    <message>
        <source>Print the transfer list…</source>
        <translation>Print the transfer list…</translation>
    </message>
    <message>
        <source>Search number, title, office…</source>
        <translation>Search number, title, office…</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>All attributes</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Only documents to return</source>
        <translation>Only documents to return</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation>Disclosure:</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message numerus="yes">
        <source>Next transfer to the county archives and library: %1, %n document(s).</source>
        <translation>
            <numerusform>Next transfer to the county archives and library: %1, %n document.</numerusform>
            <numerusform>Next transfer to the county archives and library: %1, %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next transfer to the county archives and library: %1 (the %2, deferred over the holiday), %n document(s).</source>
        <translation>
            <numerusform>Next transfer to the county archives and library: %1 (the %2, deferred over the holiday), %n document.</numerusform>
            <numerusform>Next transfer to the county archives and library: %1 (the %2, deferred over the holiday), %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>To hand over: %1</source>
        <translation>To hand over: %1</translation>
    </message>
    <message>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <source>(no holiday data for this year: Monday to Friday assumed)</source>
        <translation>(no holiday data for this year: Monday to Friday assumed)</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to return to their office.</source>
        <translation>
            <numerusform>%n document to return to their office.</numerusform>
            <numerusform>%n documents to return to their office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s)</source>
        <translation>
            <numerusform>Delete %n document</numerusform>
            <numerusform>Delete %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n index number(s)</source>
        <translation>
            <numerusform>Assign %n index number</numerusform>
            <numerusform>Assign %n index numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>Index number pattern</source>
        <translation>Index number pattern</translation>
    </message>
    <message>
        <source>Organisation code:</source>
        <translation>Organisation code:</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>Pattern:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>No document is to be returned.</source>
        <translation>No document is to be returned.</translation>
    </message>
    <message>
        <source>Save the return list</source>
        <translation>Save the return list</translation>
    </message>
    <message>
        <source>return-list.pdf</source>
        <translation>return-list.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Documents returned to be redone</source>
        <translation>Documents returned to be redone</translation>
    </message>
    <message>
        <source>Save the transfer list</source>
        <translation>Save the transfer list</translation>
    </message>
    <message>
        <source>transfer-list-%1.pdf</source>
        <translation>transfer-list-%1.pdf</translation>
    </message>
    <message>
        <source>List of government information documents handed over</source>
        <translation>List of government information documents handed over</translation>
    </message>
    <message>
        <source>Import ledger…</source>
        <translation>Import ledger…</translation>
    </message>
    <message>
        <source>Import a Document Ledger</source>
        <translation>Import a Document Ledger</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv)</source>
        <translation>Ledgers (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no documents were found in it.</source>
        <translation>no documents were found in it.</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n document(s) of %1 to the register?</source>
        <translation>
            <numerusform>Add the %n document of %1 to the register?</numerusform>
            <numerusform>Add the %n documents of %1 to the register?</numerusform>
        </translation>
    </message>
    <message>
        <source>Not understood (these rows or values are left out):</source>
        <translation>Not understood (these rows or values are left out):</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s) from %1.</source>
        <translation>
            <numerusform>Imported %n document from %1.</numerusform>
            <numerusform>Imported %n documents from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the handover…</source>
        <translation>Record the handover…</translation>
    </message>
    <message>
        <source>Reprint a recorded list…</source>
        <translation>Reprint a recorded list…</translation>
    </message>
    <message>
        <source>Nothing is due for the transfer of %1.</source>
        <translation>Nothing is due for the transfer of %1.</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <translation>Record the handover</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n document(s) handed over on %1.</source>
        <translation>
            <numerusform>Recorded: %n document handed over on %1.</numerusform>
            <numerusform>Recorded: %n documents handed over on %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No transfer has been recorded yet.</source>
        <translation>No transfer has been recorded yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (handed over %2, %n document(s))</source>
        <translation>
            <numerusform>%1 (handed over %2, %n document)</numerusform>
            <numerusform>%1 (handed over %2, %n documents)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint a recorded list</source>
        <translation>Reprint a recorded list</translation>
    </message>
    <message>
        <source>Transfer day:</source>
        <translation>Transfer day:</translation>
    </message>
    <message numerus="yes">
        <source>Record that the %n document(s) of the transfer of %1 were handed over to the county archives and library? They then leave the pending list (Undo takes the record back).</source>
        <translation>
            <numerusform>Record that the %n document of the transfer of %1 were handed over to the county archives and library? They then leave the pending list (Undo takes the record back).</numerusform>
            <numerusform>Record that the %n documents of the transfer of %1 were handed over to the county archives and library? They then leave the pending list (Undo takes the record back).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::DocumentStore</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>The catalogue is open read-only: %1</translation>
    </message>
    <message>
        <source>The 索引号 %1 appears twice (%2).</source>
        <translation>The 索引号 %1 appears twice (%2).</translation>
    </message>
    <message>
        <source>The 索引号 %1 (%2) is already used by another document in this file.</source>
        <translation>The 索引号 %1 (%2) is already used by another document in this file.</translation>
    </message>
    <message>
        <source>The 索引号 %1 (%2) was given out before and is never used again.</source>
        <translation>The 索引号 %1 (%2) was given out before and is never used again.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) from %1</source>
        <translation>
            <numerusform>%n document from %1</numerusform>
            <numerusform>%n documents from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>The document no longer exists.</translation>
    </message>
    <message>
        <source>%1 was handed to the archives and the library already and stays in the ledger.</source>
        <translation>%1 was handed to the archives and the library already and stays in the ledger.</translation>
    </message>
    <message>
        <source>%1 already has the 索引号 %2.</source>
        <translation>%1 already has the 索引号 %2.</translation>
    </message>
    <message>
        <source>No free 索引号 is left for %1.</source>
        <translation>No free 索引号 is left for %1.</translation>
    </message>
    <message>
        <source>The 索引号 %1 was given out before and is never used again.</source>
        <translation>The 索引号 %1 was given out before and is never used again.</translation>
    </message>
    <message>
        <source>The 索引号 %1 is already used by another document in this file.</source>
        <translation>The 索引号 %1 is already used by another document in this file.</translation>
    </message>
    <message>
        <source>The batch holds no document.</source>
        <translation>The batch holds no document.</translation>
    </message>
    <message>
        <source>Document %1 is gone or was handed over in another batch meanwhile; nothing was recorded.</source>
        <translation>Document %1 is gone or was handed over in another batch meanwhile; nothing was recorded.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) handed over on %1</source>
        <translation>
            <numerusform>%n document handed over on %1</numerusform>
            <numerusform>%n documents handed over on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>This handover is no longer recorded.</source>
        <translation>This handover is no longer recorded.</translation>
    </message>
</context>
<context>
    <name>gkml::DocumentTableModel</name>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Date written</translation>
    </message>
    <message>
        <source>Drafting office</source>
        <translation>Drafting office</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Disclosure</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <source>Index number</source>
        <translation>Index number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-05.</source>
        <translation>&quot;%1&quot; is not a date; write it as 2026-03-05.</translation>
    </message>
    <message>
        <source>The disclosure attribute is 主动公开, 依申请公开 or 不予公开.</source>
        <translation>The disclosure attribute is 主动公开, 依申请公开 or 不予公开.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>gkml::DomainTreeModel</name>
    <message>
        <source>All items (%1)</source>
        <translation>All items (%1)</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>(no domain)</translation>
    </message>
    <message>
        <source>(no level-1 item)</source>
        <translation>(no level-1 item)</translation>
    </message>
</context>
<context>
    <name>gkml::ExportDialog</name>
    <message>
        <source>Include withheld (不予公开) items — for a private backup only</source>
        <translation>Include withheld (不予公开) items — for a private backup only</translation>
    </message>
    <message>
        <source>Include the 责任股室 column</source>
        <translation>Include the 责任股室 column</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV table (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>JSON data (.json)</translation>
    </message>
    <message>
        <source>Web page table (.html)</source>
        <translation>Web page table (.html)</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM; opens in Excel and WPS)</source>
        <translation>UTF-8 (with BOM; opens in Excel and WPS)</translation>
    </message>
    <message>
        <source>GB18030 (for old programs)</source>
        <translation>GB18030 (for old programs)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word document (.docx)</translation>
    </message>
</context>
<context>
    <name>gkml::FileCommands</name>
    <message>
        <source>&amp;New Catalogue…</source>
        <translation>&amp;New Catalogue…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Save a &amp;Copy…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Print Board Sheets…</source>
        <translation>&amp;Print Board Sheets…</translation>
    </message>
    <message>
        <source>Preview and print the sheets for the notice board</source>
        <translation>Preview and print the sheets for the notice board</translation>
    </message>
    <message>
        <source>Submission &amp;Package…</source>
        <translation>Submission &amp;Package…</translation>
    </message>
    <message>
        <source>The zip for the county office: xlsx, csv, json, html, pdf and the check report</source>
        <translation>The zip for the county office: xlsx, csv, json, html, pdf and the check report</translation>
    </message>
    <message>
        <source>C&amp;hanges Since Last Submission…</source>
        <translation>C&amp;hanges Since Last Submission…</translation>
    </message>
    <message>
        <source>What was added, removed or changed since a submission package was made</source>
        <translation>What was added, removed or changed since a submission package was made</translation>
    </message>
    <message>
        <source>Open Catalogue</source>
        <translation>Open Catalogue</translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml);;All files (*)</source>
        <translation>GKML catalogues (*.gkml);;All files (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml)</source>
        <translation>GKML catalogues (*.gkml)</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>The copy was not saved.</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>Copy saved: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.docx *.csv *.txt *.html *.htm *.json *.doc *.wps *.et);;All files (*)</source>
        <translation>Tables (*.xlsx *.xls *.docx *.csv *.txt *.html *.htm *.json *.doc *.wps *.et);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>Import %n item</numerusform>
            <numerusform>Import %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s).</source>
        <translation>
            <numerusform>Imported %n item.</numerusform>
            <numerusform>Imported %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>The export was not written.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Print Board Sheets</source>
        <translation>Print Board Sheets</translation>
    </message>
    <message>
        <source>The sheets could not be printed.</source>
        <translation>The sheets could not be printed.</translation>
    </message>
    <message>
        <source>The package was not made.</source>
        <translation>The package was not made.</translation>
    </message>
</context>
<context>
    <name>gkml::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only rows whose %1 contains this text</source>
        <translation>Show only rows whose %1 contains this text</translation>
    </message>
</context>
<context>
    <name>gkml::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>gkml::FindingsPanel</name>
    <message>
        <source>Add from Standard</source>
        <translation>Add from Standard</translation>
    </message>
    <message>
        <source>Puts the standard&apos;s row, with every field it gives, into the catalogue (Enter)</source>
        <translation>Puts the standard&apos;s row, with every field it gives, into the catalogue (Enter)</translation>
    </message>
    <message>
        <source>&amp;Go to Item</source>
        <translation>&amp;Go to Item</translation>
    </message>
    <message>
        <source>&amp;Add from Standard</source>
        <translation>&amp;Add from Standard</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Fill the Column for All Items…</source>
        <translation>&amp;Fill the Column for All Items…</translation>
    </message>
</context>
<context>
    <name>gkml::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Detect automatically</translation>
    </message>
    <message>
        <source>Only needed when the file does not name the domain</source>
        <translation>Only needed when the file does not name the domain</translation>
    </message>
    <message>
        <source>Add to Catalogue</source>
        <translation>Add to Catalogue</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>The file cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>%n item found.</numerusform>
            <numerusform>%n items found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>Layout: %1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>Encoding: %1</translation>
    </message>
    <message>
        <source>Unit named in the file: %1</source>
        <translation>Unit named in the file: %1</translation>
    </message>
    <message>
        <source>Update the matching items, add the new rows</source>
        <translation>Update the matching items, add the new rows</translation>
    </message>
    <message>
        <source>Add every row as a new item (matching items are doubled)</source>
        <translation>Add every row as a new item (matching items are doubled)</translation>
    </message>
    <message>
        <source>Leave the matching items as they are, add the new rows</source>
        <translation>Leave the matching items as they are, add the new rows</translation>
    </message>
    <message>
        <source>Item / field</source>
        <translation>Item / field</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>In the catalogue</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Changes to existing items</source>
        <translation>Changes to existing items</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>Rows in the file</translation>
    </message>
    <message>
        <source>Convert with LibreOffice</source>
        <translation>Convert with LibreOffice</translation>
    </message>
    <message>
        <source>GKML cannot read &quot;%1&quot; itself. Convert it with LibreOffice, which is installed on this computer? The original file is not changed.</source>
        <translation>GKML cannot read &quot;%1&quot; itself. Convert it with LibreOffice, which is installed on this computer? The original file is not changed.</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the %n item(s) in the catalogue: %1.</source>
        <translation>
            <numerusform>Compared with the %n item in the catalogue: %1.</numerusform>
            <numerusform>Compared with the %n items in the catalogue: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import (%1 updated, %2 added)</source>
        <translation>Import (%1 updated, %2 added)</translation>
    </message>
    <message>
        <source>Imported: %1 updated, %2 added, %3 identical.</source>
        <translation>Imported: %1 updated, %2 added, %3 identical.</translation>
    </message>
    <message numerus="yes">
        <source>Join the content rows that share an item name into one item (%n item name(s) have several rows; otherwise each row is an item)</source>
        <translation>
            <numerusform>Join the content rows that share an item name into one item (%n item name have several rows; otherwise each row is an item)</numerusform>
            <numerusform>Join the content rows that share an item name into one item (%n item names have several rows; otherwise each row is an item)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::InspectionDialog</name>
    <message>
        <source>%1 items: %2 on time, %3 late, %4 never published, %5 not updated, %6 without a date</source>
        <translation>%1 items: %2 on time, %3 late, %4 never published, %5 not updated, %6 without a date</translation>
    </message>
    <message>
        <source>Self-inspection (考核自查)</source>
        <translation>Self-inspection (考核自查)</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Not ok</source>
        <translation>Not ok</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>Last published</translation>
    </message>
    <message>
        <source>Domain / office</source>
        <translation>Domain / office</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Never published</source>
        <translation>Never published</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Not updated</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>Responsible office</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Fix by</source>
        <translation>Fix by</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Some due dates fall in a year without holiday data and were counted Monday to Friday (marked *).</source>
        <translation>Some due dates fall in a year without holiday data and were counted Monday to Friday (marked *).</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>By domain</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>By office</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>五公开 coverage</source>
        <translation>五公开 coverage</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Export the self-inspection</source>
        <translation>Export the self-inspection</translation>
    </message>
    <message>
        <source>self-inspection-%1.%2</source>
        <translation>self-inspection-%1.%2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>The report was not saved: %1</translation>
    </message>
</context>
<context>
    <name>gkml::ItemBrowser</name>
    <message>
        <source>Search all columns (e.g. 低保)…</source>
        <translation>Search all columns (e.g. 低保)…</translation>
    </message>
</context>
<context>
    <name>gkml::ItemForm</name>
    <message>
        <source>Not disclosed (negative list)</source>
        <translation>Not disclosed (negative list)</translation>
    </message>
    <message>
        <source>Select an item in the table to see it here.</source>
        <translation>Select an item in the table to see it here.</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>Standard: %1</translation>
    </message>
</context>
<context>
    <name>gkml::ItemTableModel</name>
    <message>
        <source>The domain (领域) the item belongs to, e.g. 社会救助.</source>
        <translation>The domain (领域) the item belongs to, e.g. 社会救助.</translation>
    </message>
    <message>
        <source>Display order inside the domain. Use Move Up/Down to change it.</source>
        <translation>Display order inside the domain. Use Move Up/Down to change it.</translation>
    </message>
    <message>
        <source>Required. The level-1 item (一级事项) as named in the standard.</source>
        <translation>Required. The level-1 item (一级事项) as named in the standard.</translation>
    </message>
    <message>
        <source>Required. The level-2 item (二级事项): what exactly is disclosed.</source>
        <translation>Required. The level-2 item (二级事项): what exactly is disclosed.</translation>
    </message>
    <message>
        <source>Optional. Some provinces use a third level.</source>
        <translation>Optional. Some provinces use a third level.</translation>
    </message>
    <message>
        <source>Required. The elements disclosed (公开内容), one per line if several.</source>
        <translation>Required. The elements disclosed (公开内容), one per line if several.</translation>
    </message>
    <message>
        <source>Required. The laws and documents requiring the disclosure (公开依据).</source>
        <translation>Required. The laws and documents requiring the disclosure (公开依据).</translation>
    </message>
    <message>
        <source>Required. When it is disclosed, e.g. 信息形成或者变更之日起20个工作日内 (at most 20 working days, Regulations Art. 26).</source>
        <translation>Required. When it is disclosed, e.g. 信息形成或者变更之日起20个工作日内 (at most 20 working days, Regulations Art. 26).</translation>
    </message>
    <message>
        <source>Required. The body that discloses (公开主体), e.g. 县民政局.</source>
        <translation>Required. The body that discloses (公开主体), e.g. 县民政局.</translation>
    </message>
    <message>
        <source>Required. Where it is published: one or more of the 13 channels of the template, separated by 、.</source>
        <translation>Required. Where it is published: one or more of the 13 channels of the template, separated by 、.</translation>
    </message>
    <message>
        <source>Required. 全社会 (everyone) and/or 特定群体 (a specific group).</source>
        <translation>Required. 全社会 (everyone) and/or 特定群体 (a specific group).</translation>
    </message>
    <message>
        <source>Which group, when the audience is 特定群体.</source>
        <translation>Which group, when the audience is 特定群体.</translation>
    </message>
    <message>
        <source>Required. 主动 (proactive) and/or 依申请 (on request).</source>
        <translation>Required. 主动 (proactive) and/or 依申请 (on request).</translation>
    </message>
    <message>
        <source>Required. 县级 and/or 乡级: which government level discloses it.</source>
        <translation>Required. 县级 and/or 乡级: which government level discloses it.</translation>
    </message>
    <message>
        <source>Optional. Which of the five disclosures (决策/执行/管理/服务/结果) it serves.</source>
        <translation>Optional. Which of the five disclosures (决策/执行/管理/服务/结果) it serves.</translation>
    </message>
    <message>
        <source>The office responsible (责任股室). Choose from the list or type a name.</source>
        <translation>The office responsible (责任股室). Choose from the list or type a name.</translation>
    </message>
    <message>
        <source>Checked: the item is on the negative list (不予公开). It stays in the file but never appears in exports, packages or printed sheets.</source>
        <translation>Checked: the item is on the negative list (不予公开). It stays in the file but never appears in exports, packages or printed sheets.</translation>
    </message>
    <message>
        <source>Why the item is withheld (the legal basis).</source>
        <translation>Why the item is withheld (the legal basis).</translation>
    </message>
    <message>
        <source>Free remarks.</source>
        <translation>Free remarks.</translation>
    </message>
</context>
<context>
    <name>gkml::ItemTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>C&amp;lear Cells</translation>
    </message>
    <message>
        <source>Empties the selected cells; on whole rows (chosen by their row numbers) deletes the items (Del)</source>
        <translation>Empties the selected cells; on whole rows (chosen by their row numbers) deletes the items (Del)</translation>
    </message>
    <message>
        <source>&amp;Insert Item</source>
        <translation>&amp;Insert Item</translation>
    </message>
    <message>
        <source>D&amp;uplicate Items</source>
        <translation>D&amp;uplicate Items</translation>
    </message>
    <message>
        <source>&amp;Delete Items</source>
        <translation>&amp;Delete Items</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>Move Dow&amp;n</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no table cells to paste.</source>
        <translation>The clipboard holds no table cells to paste.</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>Paste %n item</numerusform>
            <numerusform>Paste %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n item(s).</source>
        <translation>
            <numerusform>Pasted %n item.</numerusform>
            <numerusform>Pasted %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert item</source>
        <translation>Insert item</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>%n item deleted. Undo (Ctrl+Z) brings them back.</numerusform>
            <numerusform>%n items deleted. Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Clear cells</translation>
    </message>
    <message>
        <source>Insert Item A&amp;bove</source>
        <translation>Insert Item A&amp;bove</translation>
    </message>
    <message>
        <source>Insert item above</source>
        <translation>Insert item above</translation>
    </message>
</context>
<context>
    <name>gkml::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The new language is used the next time GKML starts.
下次启动 GKML 时使用新的语言。</source>
        <translation>The new language is used the next time GKML starts.
下次启动 GKML 时使用新的语言。</translation>
    </message>
</context>
<context>
    <name>gkml::LedgerFlow</name>
    <message>
        <source>&amp;Document Register…</source>
        <translation>&amp;Document Register…</translation>
    </message>
</context>
<context>
    <name>gkml::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
</context>
<context>
    <name>gkml::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Next Finding</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>&amp;Previous Finding</translation>
    </message>
    <message>
        <source>Show Only Items with &amp;Errors</source>
        <translation>Show Only Items with &amp;Errors</translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation>Clear &amp;Filters</translation>
    </message>
    <message>
        <source>&amp;About GKML</source>
        <translation>&amp;About GKML</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>GKML</source>
        <translation>GKML</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>The change was not saved.</translation>
    </message>
    <message>
        <source>Read-only: %1 You can read, search, export and print, but not edit.</source>
        <translation>Read-only: %1 You can read, search, export and print, but not edit.</translation>
    </message>
    <message>
        <source>GKML — Disclosure Catalogue Editor</source>
        <translation>GKML — Disclosure Catalogue Editor</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(no unit)</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>No catalogue open. Create one (Ctrl+N) or open one (Ctrl+O).</source>
        <translation>No catalogue open. Create one (Ctrl+N) or open one (Ctrl+O).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>%1 of %n item shown</numerusform>
            <numerusform>%1 of %n items shown</numerusform>
        </translation>
    </message>
    <message>
        <source>About GKML</source>
        <translation>About GKML</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GKML %1&lt;/h3&gt;&lt;p&gt;Editor and checker for county disclosure catalogues (政务公开事项标准目录).&lt;/p&gt;&lt;p&gt;Every change is saved the moment it is made; Undo (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GKML %1&lt;/h3&gt;&lt;p&gt;Editor and checker for county disclosure catalogues (政务公开事项标准目录).&lt;/p&gt;&lt;p&gt;Every change is saved the moment it is made; Undo (Ctrl+Z) takes it back.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>Add &amp;Missing Standard Items of This Domain</source>
        <translation>Add &amp;Missing Standard Items of This Domain</translation>
    </message>
    <message>
        <source>Every item the standard lists for the chosen domain and the catalogue lacks, in one step</source>
        <translation>Every item the standard lists for the chosen domain and the catalogue lacks, in one step</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <source>Nothing to add: the catalogue has every item the standard lists here.</source>
        <translation>Nothing to add: the catalogue has every item the standard lists here.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added from the standard.</source>
        <translation>
            <numerusform>%n item added from the standard.</numerusform>
            <numerusform>%n items added from the standard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only part of the catalogue could be read; do not export or package it.</source>
        <translation>Only part of the catalogue could be read; do not export or package it.</translation>
    </message>
</context>
<context>
    <name>gkml::NewCatalogueDialog</name>
    <message>
        <source>Start with the standard&apos;s items of the checked domains</source>
        <translation>Start with the standard&apos;s items of the checked domains</translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation>New Catalogue</translation>
    </message>
    <message>
        <source>e.g. 安溪县民政局</source>
        <translation>e.g. 安溪县民政局</translation>
    </message>
    <message>
        <source>e.g. 福建省泉州市安溪县</source>
        <translation>e.g. 福建省泉州市安溪县</translation>
    </message>
    <message>
        <source>Unit (单位):</source>
        <translation>Unit (单位):</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Government level:</source>
        <translation>Government level:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Standard:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml)</source>
        <translation>GKML catalogues (*.gkml)</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>A file with this name already exists; choose another name.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Could not create %1: %2</translation>
    </message>
    <message>
        <source>standard %1 %2</source>
        <translation>standard %1 %2</translation>
    </message>
    <message>
        <source>The standard&apos;s items could not be added: %1</source>
        <translation>The standard&apos;s items could not be added: %1</translation>
    </message>
</context>
<context>
    <name>gkml::PackageDoneDialog</name>
    <message>
        <source>Open Containing Folder</source>
        <translation>Open Containing Folder</translation>
    </message>
    <message>
        <source>Submission Package Made</source>
        <translation>Submission Package Made</translation>
    </message>
    <message numerus="yes">
        <source>The submission package was made (%n public item(s)):</source>
        <translation>
            <numerusform>The submission package was made (%n public item):</numerusform>
            <numerusform>The submission package was made (%n public items):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::PrintSheetsDialog</name>
    <message>
        <source>Large print for the notice board (公开栏)</source>
        <translation>Large print for the notice board (公开栏)</translation>
    </message>
    <message>
        <source>Print Board Sheets</source>
        <translation>Print Board Sheets</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>One set of sheets per domain</source>
        <translation>One set of sheets per domain</translation>
    </message>
    <message>
        <source>One set of sheets per office (责任股室)</source>
        <translation>One set of sheets per office (责任股室)</translation>
    </message>
    <message>
        <source>Only the chosen channels</source>
        <translation>Only the chosen channels</translation>
    </message>
    <message>
        <source>The template&apos;s checklist of all channels</source>
        <translation>The template&apos;s checklist of all channels</translation>
    </message>
    <message>
        <source>Address of the catalogue on the county portal (printed as a QR code)</source>
        <translation>Address of the catalogue on the county portal (printed as a QR code)</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domain:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>Grouping:</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>Channels:</translation>
    </message>
    <message>
        <source>QR code link:</source>
        <translation>QR code link:</translation>
    </message>
</context>
<context>
    <name>gkml::PublicationFlow</name>
    <message>
        <source>&amp;Publication</source>
        <translation>&amp;Publication</translation>
    </message>
    <message>
        <source>&amp;Record publication for selected items…</source>
        <translation>&amp;Record publication for selected items…</translation>
    </message>
    <message>
        <source>&amp;Self-inspection (考核自查)…</source>
        <translation>&amp;Self-inspection (考核自查)…</translation>
    </message>
    <message>
        <source>Publication recorded for %1 item(s).</source>
        <translation>Publication recorded for %1 item(s).</translation>
    </message>
    <message>
        <source>Add a &amp;calendar year…</source>
        <translation>Add a &amp;calendar year…</translation>
    </message>
    <message>
        <source>Calendar year %1 saved.</source>
        <translation>Calendar year %1 saved.</translation>
    </message>
</context>
<context>
    <name>gkml::PublicationPanel</name>
    <message>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>Event on</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>&amp;Record publication…</source>
        <translation>&amp;Record publication…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>View evidence</source>
        <translation>View evidence</translation>
    </message>
    <message>
        <source>Only when it changes</source>
        <translation>Only when it changes</translation>
    </message>
    <message>
        <source>Update cycle:</source>
        <translation>Update cycle:</translation>
    </message>
    <message>
        <source>Select an item to see its publications.</source>
        <translation>Select an item to see its publications.</translation>
    </message>
    <message>
        <source>Withheld (不予公开): not to be published.</source>
        <translation>Withheld (不予公开): not to be published.</translation>
    </message>
    <message>
        <source>Status as of %1: %2</source>
        <translation>Status as of %1: %2</translation>
    </message>
    <message>
        <source>; due %1</source>
        <translation>; due %1</translation>
    </message>
    <message>
        <source> (counted Monday to Friday: no holiday data for that year)</source>
        <translation> (counted Monday to Friday: no holiday data for that year)</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(no date)</translation>
    </message>
    <message>
        <source>%1 (sha256 %2)</source>
        <translation>%1 (sha256 %2)</translation>
    </message>
    <message>
        <source>The date the publication status is computed for, here, in the item table and in the domain tree.</source>
        <translation>The date the publication status is computed for, here, in the item table and in the domain tree.</translation>
    </message>
    <message>
        <source>Status as of:</source>
        <translation>Status as of:</translation>
    </message>
</context>
<context>
    <name>gkml::PublicationStatusColumn</name>
    <message>
        <source>Status as of %1: %2</source>
        <translation>Status as of %1: %2</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Due: %1</translation>
    </message>
    <message>
        <source>Last published: %1</source>
        <translation>Last published: %1</translation>
    </message>
    <message>
        <source>Counted Monday to Friday: no holiday data for that year.</source>
        <translation>Counted Monday to Friday: no holiday data for that year.</translation>
    </message>
    <message>
        <source>Publication status</source>
        <translation>Publication status</translation>
    </message>
    <message>
        <source>Where each item stands as of %1: never published, published late, not updated within its cycle, published without a date, or on time. Shown once the file records publications.</source>
        <translation>Where each item stands as of %1: never published, published late, not updated within its cycle, published without a date, or on time. Shown once the file records publications.</translation>
    </message>
</context>
<context>
    <name>gkml::PublishDialog</name>
    <message>
        <source>Record a publication</source>
        <translation>Record a publication</translation>
    </message>
    <message>
        <source>Record a publication for %1 items</source>
        <translation>Record a publication for %1 items</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>&amp;Published on:</translation>
    </message>
    <message>
        <source>&amp;Information formed or changed on:</source>
        <translation>&amp;Information formed or changed on:</translation>
    </message>
    <message>
        <source>Web address, or a place such as 村公示栏</source>
        <translation>Web address, or a place such as 村公示栏</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Pictures and documents (*.png *.jpg *.jpeg *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Evidence:</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>Only when it changes</source>
        <translation>Only when it changes</translation>
    </message>
    <message>
        <source>Update c&amp;ycle:</source>
        <translation>Update c&amp;ycle:</translation>
    </message>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>The catalogue is open read-only: %1</translation>
    </message>
</context>
<context>
    <name>gkml::SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>gkml::TownshipActions</name>
    <message>
        <source>&amp;Townships…</source>
        <translation>&amp;Townships…</translation>
    </message>
    <message>
        <source>The townships (乡镇/街道) whose notice boards this catalogue serves</source>
        <translation>The townships (乡镇/街道) whose notice boards this catalogue serves</translation>
    </message>
    <message>
        <source>One PDF of notice-board sheets per township, named after it</source>
        <translation>One PDF of notice-board sheets per township, named after it</translation>
    </message>
    <message>
        <source>Print All Townships&apos; Sheets</source>
        <translation>Print All Townships&apos; Sheets</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>%n PDF written to %1.</numerusform>
            <numerusform>%n PDFs written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No public item for: %1</source>
        <translation>No public item for: %1</translation>
    </message>
    <message>
        <source>Folder for the Townships&apos; Sheets</source>
        <translation>Folder for the Townships&apos; Sheets</translation>
    </message>
    <message>
        <source>Township&apos;s &amp;Own Items…</source>
        <translation>Township&apos;s &amp;Own Items…</translation>
    </message>
    <message>
        <source>Items a township discloses besides the county&apos;s, imported from its office&apos;s file</source>
        <translation>Items a township discloses besides the county&apos;s, imported from its office&apos;s file</translation>
    </message>
    <message>
        <source>Print All To&amp;wnships&apos; Sheets…</source>
        <translation>Print All To&amp;wnships&apos; Sheets…</translation>
    </message>
    <message>
        <source>The catalogue has no townships yet: add them with File ▸ Townships…</source>
        <translation>The catalogue has no townships yet: add them with File ▸ Townships…</translation>
    </message>
</context>
<context>
    <name>gkml::TownshipAdditionsDialog</name>
    <message>
        <source>&amp;Import from a File…</source>
        <translation>&amp;Import from a File…</translation>
    </message>
    <message>
        <source>&amp;Remove All</source>
        <translation>&amp;Remove All</translation>
    </message>
    <message>
        <source>Township&apos;s Own Items</source>
        <translation>Township&apos;s Own Items</translation>
    </message>
    <message>
        <source>Items a township discloses besides the county&apos;s items that reach it. The township office sends them in the county template; importing its file replaces what it sent before. They appear on this township&apos;s sheets and packages only.</source>
        <translation>Items a township discloses besides the county&apos;s items that reach it. The township office sends them in the county template; importing its file replaces what it sent before. They appear on this township&apos;s sheets and packages only.</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>Township:</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n item(s) of its own.</source>
        <translation>
            <numerusform>%1 has %n item of its own.</numerusform>
            <numerusform>%1 has %n items of its own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1&apos;s Own Items</source>
        <translation>Import %1&apos;s Own Items</translation>
    </message>
    <message>
        <source>Catalogues (%1)</source>
        <translation>Catalogues (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no items were found in it.</source>
        <translation>no items were found in it.</translation>
    </message>
    <message>
        <source>Replace the %1 item(s) of %2&apos;s own with the %3 item(s) read from %4?</source>
        <translation>Replace the %1 item(s) of %2&apos;s own with the %3 item(s) read from %4?</translation>
    </message>
    <message>
        <source>Add the %1 item(s) read from %2 as %3&apos;s own items?</source>
        <translation>Add the %1 item(s) read from %2 as %3&apos;s own items?</translation>
    </message>
    <message>
        <source>Notes on the file: %1</source>
        <translation>Notes on the file: %1</translation>
    </message>
    <message>
        <source>Remove the %1 item(s) of %2&apos;s own?</source>
        <translation>Remove the %1 item(s) of %2&apos;s own?</translation>
    </message>
    <message>
        <source>The catalogue has no townships yet: add them with File ▸ Townships…</source>
        <translation>The catalogue has no townships yet: add them with File ▸ Townships…</translation>
    </message>
</context>
<context>
    <name>gkml::TownshipPanel</name>
    <message>
        <source>Items per responsible office (责任股室)</source>
        <translation>Items per responsible office (责任股室)</translation>
    </message>
    <message>
        <source>Office / township</source>
        <translation>Office / township</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Responsible offices</source>
        <translation>Responsible offices</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>(no office)</translation>
    </message>
</context>
<context>
    <name>gkml::TownshipSelector</name>
    <message>
        <source>Township:</source>
        <translation>Township:</translation>
    </message>
    <message>
        <source>Show the catalogue derived for one township: the county items for 乡级</source>
        <translation>Show the catalogue derived for one township: the county items for 乡级</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>Whole county</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s), %2 of its own)</source>
        <translation>
            <numerusform>%1 (%n item, %2 of its own)</numerusform>
            <numerusform>%1 (%n items, %2 of its own)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::TownshipsDialog</name>
    <message>
        <source>Townships</source>
        <translation>Townships</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>Responsible office</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>The townships (乡镇) and streets (街道) whose notice boards this catalogue serves. Type them, paste a list copied from Excel or a document (one per line: name, office, contact), or import a .csv/.xlsx list.</source>
        <translation>The townships (乡镇) and streets (街道) whose notice boards this catalogue serves. Type them, paste a list copied from Excel or a document (one per line: name, office, contact), or import a .csv/.xlsx list.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Paste List</source>
        <translation>&amp;Paste List</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>The list names no township.</source>
        <translation>The list names no township.</translation>
    </message>
    <message>
        <source>Import Townships</source>
        <translation>Import Townships</translation>
    </message>
    <message>
        <source>Township lists (*.xlsx *.csv)</source>
        <translation>Township lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>Row %1: %2 is listed twice.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GKML disclosure catalogue editor</source>
        <translation>GKML disclosure catalogue editor</translation>
    </message>
    <message>
        <source>Catalogue to open (.gkml)</source>
        <translation>Catalogue to open (.gkml)</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and quit.</source>
        <translation>Save a picture of the window to PATH and quit.</translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation>Window size WxH (with --screenshot).</translation>
    </message>
    <message>
        <source>Open the print preview of the board sheets (with --screenshot: grab it).</source>
        <translation>Open the print preview of the board sheets (with --screenshot: grab it).</translation>
    </message>
</context>
</TS>
