<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnnualReport</name>
    <message>
        <source>Administrative licensing (行政许可): decisions this year, from the approval system</source>
        <translation>行政许可：本年处理决定数量（请从审批系统取数）</translation>
    </message>
    <message>
        <source>Administrative penalties (行政处罚): decisions this year, from the enforcement system</source>
        <translation>行政处罚：本年处理决定数量（请从执法系统取数）</translation>
    </message>
    <message>
        <source>Administrative coercion (行政强制): decisions this year, from the enforcement system</source>
        <translation>行政强制：本年处理决定数量（请从执法系统取数）</translation>
    </message>
    <message>
        <source>Administrative fees (行政事业性收费): amount collected this year in 10,000 yuan, from the finance office</source>
        <translation>行政事业性收费：本年收费金额（万元，请向财务部门取数）</translation>
    </message>
    <message>
        <source>The other tables and parts of the report</source>
        <translation>年度报告的其他表格和部分</translation>
    </message>
    <message>
        <source>%1: annual report on government information disclosure %2, table 2 (information disclosed proactively)
</source>
        <translation>%1%2年政府信息公开工作年度报告 表二（主动公开政府信息情况）
</translation>
    </message>
    <message>
        <source>From the document ledger:</source>
        <translation>由公文登记统计：</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Issued this year</source>
        <translation>本年制发件数</translation>
    </message>
    <message>
        <source>Repealed this year</source>
        <translation>本年废止件数</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行有效件数</translation>
    </message>
    <message>
        <source>Left for the office (not in the ledger):</source>
        <translation>需由本单位另行填写（公文登记中没有）：</translation>
    </message>
    <message>
        <source>%1 %2: table 2, information disclosed proactively</source>
        <translation>%1%2年 表二 主动公开政府信息情况</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息内容</translation>
    </message>
    <message>
        <source>Decisions this year</source>
        <translation>本年处理决定数量</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Administrative coercion</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <source>Amount collected this year (10,000 yuan)</source>
        <translation>本年收费金额（单位：万元）</translation>
    </message>
    <message>
        <source>Administrative fees</source>
        <translation>行政事业性收费</translation>
    </message>
    <message>
        <source>The counts of regulations and normative documents come from the GKML document ledger; the empty cells are left for the office.</source>
        <translation>规章、规范性文件件数由GKML公文登记统计；空白栏由本单位填写。</translation>
    </message>
    <message>
        <source>Table 2</source>
        <translation>表二</translation>
    </message>
</context>
<context>
    <name>AssignIndexCommand</name>
    <message>
        <source>Assign index number</source>
        <translation>分配索引号</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>%1 calendar days (counted as at least %2 working days: 5 in every 7)</source>
        <translation>%1个自然日（按每7天5个工作日计，至少为%2个工作日）</translation>
    </message>
    <message>
        <source>%1 weeks (%2 working days)</source>
        <translation>%1周（%2个工作日）</translation>
    </message>
    <message>
        <source>%1 months (counted as at least %2 working days)</source>
        <translation>%1个月（至少按%2个工作日计）</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1个工作日</translation>
    </message>
    <message>
        <source>%1 is empty. Fill it in.</source>
        <translation>%1为空，请填写。</translation>
    </message>
    <message>
        <source>%1: nothing is ticked. Tick at least one.</source>
        <translation>%1：未勾选任何项，请至少勾选一项。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is written &quot;%3&quot; in the standard. Change it to &quot;%3&quot;.</source>
        <translation>%1：“%2”在标准中写作“%3”，请改为“%3”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is ticked without saying which. Name the channel.</source>
        <translation>%1：勾选了“%2”，但未写明具体是什么，请写明渠道名称。</translation>
    </message>
    <message>
        <source>%1: other channel &quot;%2&quot;.</source>
        <translation>%1：其他渠道“%2”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of the %3 values of the standard. Choose one of them, or write a local channel as &quot;%4: %2&quot;.</source>
        <translation>%1：“%2”不在标准的%3个取值之中。请从中选择，或将本地渠道写成“%4：%2”。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a value of the standard. Use one of: %3.</source>
        <translation>%1：“%2”不是标准中的取值，请使用以下之一：%3。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; does not say within how many days the information is published. Write it like &quot;信息形成或者变更之日起20个工作日内&quot;.</source>
        <translation>%1“%2”没有写明信息在多少天内公开，请写成“信息形成或者变更之日起20个工作日内”这样的形式。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; says how long the information stays public, not how soon it is published. Add the deadline, e.g. &quot;信息形成或者变更之日起20个工作日内&quot;.</source>
        <translation>%1“%2”写的是信息公开多长时间，而不是多久之内公开。请补充公开时限，如“信息形成或者变更之日起20个工作日内”。</translation>
    </message>
    <message>
        <source>the rules</source>
        <translation>相关规定</translation>
    </message>
    <message>
        <source>%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Check that %5 sets this longer deadline.</source>
        <translation>%1为%2；%3规定主动公开最长为%4个工作日。请核实%5是否规定了这一更长的时限。</translation>
    </message>
    <message>
        <source>%1 allows %2; %3 allows at most %4 working days for proactive disclosure. Shorten it, or cite in %5 the law or regulation that sets the longer deadline.</source>
        <translation>%1为%2；%3规定主动公开最长为%4个工作日。请缩短时限，或在%5中注明规定更长时限的法律法规。</translation>
    </message>
    <message>
        <source>%1 is %2 only, but %3 names only a county body (%4). Tick %5 too, or name the township body.</source>
        <translation>%1仅为%2，但%3只写了县级单位（%4）。请同时勾选%5，或填写乡镇单位。</translation>
    </message>
    <message>
        <source>%1 is %2 only, but %3 names only a township body (%4). Tick %5 too, or name the county body.</source>
        <translation>%1仅为%2，但%3只写了乡镇单位（%4）。请同时勾选%5，或填写县级单位。</translation>
    </message>
    <message>
        <source>(The standard&apos;s value is inferred, not read in the published guide: check it.)</source>
        <translation>（标准中的该值系推断得出，并非摘自正式发布的指引，请核实。）</translation>
    </message>
    <message>
        <source>The standard discloses this item %1 (%2); the catalogue only %3.</source>
        <translation>标准规定该事项%1公开（%2），而目录中仅为%3。</translation>
    </message>
    <message>
        <source>The standard discloses this item to %1 (%2); the catalogue only to %3.</source>
        <translation>标准规定该事项向%1公开（%2），而目录中仅向%3公开。</translation>
    </message>
    <message>
        <source>%1 allows %2; the standard &quot;%3&quot; allows %4. Use the standard&apos;s deadline.</source>
        <translation>%1为%2；标准“%3”规定为%4。请采用标准规定的时限。</translation>
    </message>
    <message>
        <source>Marked %1 without a legal basis. Cite the article (e.g. 条例 Art. 14, 15 or 16) in %2.</source>
        <translation>已标记为%1，但没有法律依据。请在%2中写明具体条款（如《条例》第十四条、第十五条或第十六条）。</translation>
    </message>
    <message>
        <source>%1 is ticked but the group is not named. Say which group in %2.</source>
        <translation>勾选了%1，但未写明是哪类群体，请在%2中写明。</translation>
    </message>
    <message>
        <source>Not in the standard %1: a local item. Fine if your office added it on purpose.</source>
        <translation>标准%1中没有该事项，属于本地事项。如系本单位有意增加，则无需处理。</translation>
    </message>
    <message>
        <source>The standard lists this item for disclosure, but it is marked %1. Check that the whole item, not just some records, must be withheld.</source>
        <translation>标准将该事项列为公开事项，但此处标记为%1。请核实是整个事项（而不只是其中部分信息）都不予公开。</translation>
    </message>
    <message>
        <source>The standard %1 has no items for the domain %2: its items were checked for form only.</source>
        <translation>标准%1中没有“%2”领域的事项，该领域事项只做了格式检查。</translation>
    </message>
    <message>
        <source>The standard %1 lists &quot;%2 / %3&quot; (no. %4), but the catalogue does not have it. Add it.</source>
        <translation>标准%1列有“%2 / %3”（序号%4），但目录中没有该事项，请补充。</translation>
    </message>
    <message>
        <source>(This row of the standard is inferred, not read in the published guide: check it.)</source>
        <translation>（标准中的这一行系推断得出，并非摘自正式发布的指引，请核实。）</translation>
    </message>
    <message>
        <source>The same item with the same content as no. %1 (%2 / %3) in %4. Remove one of them.</source>
        <translation>与%4第 %1 号事项（%2 / %3）名称和公开内容都相同。请删除其中一条。</translation>
    </message>
    <message>
        <source>the catalogue</source>
        <translation>本目录</translation>
    </message>
    <message>
        <source>No row of %1 fills %2: the column is missing. Fill it for all items at once (from the standard, or one value for all).</source>
        <translation>%1的所有事项都没有填写%2，缺少这一列。请一次性为全部事项补齐（按标准补入，或统一填写一个值）。</translation>
    </message>
    <message>
        <source>No row of %1 fills %2: the items are named at one level only, as tables of several areas write them. Add the %2 where the standard has one.</source>
        <translation>%1的所有事项都没有填写%2：事项只按一级命名（多领域合表常这样写）。标准中有%2的，请补上。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1: wrong number of arguments; run gkml-cli --help</source>
        <translation>%1：参数个数不对；请运行 gkml-cli --help 查看用法</translation>
    </message>
    <message>
        <source>%1: the option --%2 is required</source>
        <translation>%1：必须给出选项 --%2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>edition %1 (%2, %3)</source>
        <translation>第%1版（%2，%3）</translation>
    </message>
    <message>
        <source>diff: --%1 wants an edition number; run gkml-cli editions FILE to list them</source>
        <translation>diff：--%1 需要版本号；运行 gkml-cli editions 文件 可列出各版本</translation>
    </message>
    <message>
        <source>The edition to compare with (default: the latest).</source>
        <translation>用来比较的版本（默认：最新版本）。</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>版本号</translation>
    </message>
    <message>
        <source>Compare with this later edition instead of the catalogue now.</source>
        <translation>与这个较新的版本比较，而不是与目录现状比较。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Changes from %1 to %2:</source>
        <translation>从%1到%2的变化：</translation>
    </message>
    <message>
        <source>Changes since %1:</source>
        <translation>%1以来的变化：</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>新增：%1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>删除：%1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>修改：%1</translation>
    </message>
    <message>
        <source>No package has been made from this catalogue yet.</source>
        <translation>这个目录还没有生成过报送包。</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1个事项</translation>
    </message>
    <message>
        <source>%1 withheld</source>
        <translation>%1个不予公开</translation>
    </message>
    <message>
        <source>export: withheld items never go into %1 files, which are for the public.</source>
        <translation>export：%1 文件是对外公开的，不予公开的事项不会写入。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 items (%3)</source>
        <translation>%1：%2个事项（%3）</translation>
    </message>
    <message>
        <source>The catalogue cannot be changed: %1</source>
        <translation>目录不能修改：%1</translation>
    </message>
    <message>
        <source>The new catalogue needs the name of its unit: add --unit NAME.</source>
        <translation>新建目录需要填写单位名称：请加上 --unit 单位名称。</translation>
    </message>
    <message>
        <source>Imported %1 items into %2.</source>
        <translation>已将%1个事项导入%2。</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>地区：%1</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>标准：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>文件格式版本：%1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>（无领域）</translation>
    </message>
    <message>
        <source>Usage: gkml-cli COMMAND ...
Commands:
</source>
        <translation>用法：gkml-cli 命令 ...
命令：
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; run gkml-cli --help</source>
        <translation>不认识的命令“%1”；请运行 gkml-cli --help 查看用法</translation>
    </message>
    <message>
        <source>The zip to write, or a folder for the default name &lt;unit&gt;-政务公开事项标准目录-&lt;YYYYMMDD&gt;.zip (default: the current folder).</source>
        <translation>要生成的 zip 文件，或存放默认文件名 &lt;单位&gt;-政务公开事项标准目录-&lt;年月日&gt;.zip 的文件夹（默认：当前文件夹）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation>报送包已生成：%1</translation>
    </message>
    <message numerus="yes">
        <source>  %n public item(s)</source>
        <translation>
            <numerusform>  公开事项%n个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n withheld item(s) left out</source>
        <translation>
            <numerusform>；未收入不予公开事项%n个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n file(s) and manifest.json; sha256 %1</source>
        <translation>
            <numerusform>  文件%n个及 manifest.json；sha256 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n warning(s) or note(s) recorded in validation.json</source>
        <translation>
            <numerusform>  validation.json 记录了%n条警告或提示</numerusform>
        </translation>
    </message>
    <message>
        <source>  Recorded as edition %1.</source>
        <translation>  已记为第%1版。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要生成的 PDF 文件。</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>输出.pdf</translation>
    </message>
    <message>
        <source>Paper size: A4 (default) or A3.</source>
        <translation>纸张：A4（默认）或 A3。</translation>
    </message>
    <message>
        <source>portrait or landscape (default).</source>
        <translation>纵向（portrait）或横向（landscape，默认）。</translation>
    </message>
    <message>
        <source>Print only this domain.</source>
        <translation>只打印这个领域。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Print only this responsible office.</source>
        <translation>只打印这个责任股室。</translation>
    </message>
    <message>
        <source>One set of sheets per domain (default) or per department.</source>
        <translation>按领域（默认）或按责任股室分别成套打印。</translation>
    </message>
    <message>
        <source>Large print for notice boards: item, content, deadline, channels.</source>
        <translation>公开栏大字版：只印事项、公开内容、公开时限和公开渠道。</translation>
    </message>
    <message>
        <source>Channels as the chosen names (default) or the template&apos;s checklist (■/□).</source>
        <translation>公开渠道印成所选渠道名称（默认）或模板的勾选清单（■/□）。</translation>
    </message>
    <message>
        <source>Print a QR code linking to URL.</source>
        <translation>打印指向该网址的二维码。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Print a QR code linking to the catalogue&apos;s portal page.</source>
        <translation>打印指向目录网上公开页面的二维码。</translation>
    </message>
    <message>
        <source>Date in the footer (default: today).</source>
        <translation>页脚日期（默认：今天）。</translation>
    </message>
    <message>
        <source>print: fonts are not available (no GUI application)</source>
        <translation>print：无法使用字体（没有图形界面环境）</translation>
    </message>
    <message>
        <source>print: --paper must be A4 or A3</source>
        <translation>print：--paper 只能是 A4 或 A3</translation>
    </message>
    <message>
        <source>print: --orientation must be portrait or landscape</source>
        <translation>print：--orientation 只能是 portrait（纵向）或 landscape（横向）</translation>
    </message>
    <message>
        <source>print: --group must be domain or department</source>
        <translation>print：--group 只能是 domain（按领域）或 department（按责任股室）</translation>
    </message>
    <message>
        <source>print: --channels must be chosen or checklist</source>
        <translation>print：--channels 只能是 chosen（所选渠道）或 checklist（勾选清单）</translation>
    </message>
    <message>
        <source>print: --date must look like 2020-09-02</source>
        <translation>print：--date 的格式应为 2020-09-02</translation>
    </message>
    <message>
        <source>print: --qr needs a full address such as https://example.gov.cn/gkml</source>
        <translation>print：--qr 需要完整网址，例如 https://example.gov.cn/gkml</translation>
    </message>
    <message>
        <source>print: the catalogue has no portal address; give one with --qr URL</source>
        <translation>print：目录没有填写网上公开地址；请用 --qr 网址 给出</translation>
    </message>
    <message>
        <source>print: no public items match --domain/--department; check the names with gkml-cli info %1</source>
        <translation>print：没有与 --domain/--department 相符的公开事项；请用 gkml-cli info %1 核对名称</translation>
    </message>
    <message>
        <source>print: the catalogue has no public items to print</source>
        <translation>print：目录中没有可以打印的公开事项</translation>
    </message>
    <message>
        <source>%1: %2 items on %3 pages</source>
        <translation>%1：%2个事项，共%3页</translation>
    </message>
    <message>
        <source>domains: %1; %2 items; %3</source>
        <translation>领域：%1；%2个事项；%3</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>User standard files are read from: %1</source>
        <translation>用户标准文件的读取位置：%1</translation>
    </message>
    <message>
        <source>validate: --format must be text or json, not &quot;%1&quot;</source>
        <translation>validate：--format 只能是 text 或 json，不能是“%1”</translation>
    </message>
    <message>
        <source>given with --standard</source>
        <translation>由 --standard 指定</translation>
    </message>
    <message>
        <source>recorded in the catalogue</source>
        <translation>目录中记录的标准</translation>
    </message>
    <message>
        <source>recorded in the catalogue as version %1; version %2 is installed</source>
        <translation>目录中记录的是%1版，本机安装的是%2版</translation>
    </message>
    <message>
        <source>chosen because the catalogue names no standard and this one covers its domains</source>
        <translation>目录未指定标准，按其领域选用了这个标准</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>目录：%1</translation>
    </message>
    <message>
        <source>Standard: %1 %2 (%3), %4</source>
        <translation>标准：%1 %2（%3），%4</translation>
    </message>
    <message>
        <source>Standard: none covers the domains of this catalogue; only the form of the items was checked.</source>
        <translation>标准：没有覆盖本目录领域的标准，只检查了事项的填写格式。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Made: %1 by %2</source>
        <translation>生成：%1，生成人%2</translation>
    </message>
    <message>
        <source>Items: %1 (withheld, not included: %2)</source>
        <translation>事项：%1（不予公开、未收入：%2）</translation>
    </message>
    <message numerus="yes">
        <source>OK: all %n file(s) match manifest.json.</source>
        <translation>
            <numerusform>通过：%n个文件都与 manifest.json 一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The package has %n problem(s):</source>
        <translation>
            <numerusform>报送包有%n个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>--year: &quot;%1&quot; is not a year.</source>
        <translation>--year：“%1”不是年份。</translation>
    </message>
    <message>
        <source>--format: say text, json or xlsx.</source>
        <translation>--format：请指定text、json或xlsx。</translation>
    </message>
    <message>
        <source>--format xlsx needs -o OUT.xlsx.</source>
        <translation>--format xlsx须指定-o OUT.xlsx。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (write YYYY-MM-DD).</source>
        <translation>--%1：“%2”不是日期（请写成YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>--attribute: &quot;%1&quot; is none of 主动公开, 依申请公开, 不予公开.</source>
        <translation>--attribute：“%1”不是主动公开、依申请公开或不予公开。</translation>
    </message>
    <message>
        <source>--copies: give a number from 1 to 1000.</source>
        <translation>--copies：请填写1至1000之间的数。</translation>
    </message>
    <message>
        <source>Give either --index-no or --assign-index, not both.</source>
        <translation>--index-no和--assign-index只能选一个。</translation>
    </message>
    <message>
        <source>--item: the catalogue has no item %1.</source>
        <translation>--item：目录中没有事项%1。</translation>
    </message>
    <message>
        <source>No 索引号 can be assigned: %1 Set it with gkml-cli doc index FILE --org CODE --pattern PATTERN.</source>
        <translation>无法分配索引号：%1请用gkml-cli doc index FILE --org CODE --pattern PATTERN设置。</translation>
    </message>
    <message>
        <source>Added document %1%2.</source>
        <translation>已登记公文%1%2。</translation>
    </message>
    <message>
        <source> (索引号 %1)</source>
        <translation>（索引号%1）</translation>
    </message>
    <message>
        <source>Imported %1 documents; %2 in the ledger are to be returned to their office (gkml-cli doc list FILE --to-return).</source>
        <translation>已导入%1件公文；登记中有%2件需退回起草股室（gkml-cli doc list FILE --to-return）。</translation>
    </message>
    <message>
        <source>-o prints the to-return list: add --to-return.</source>
        <translation>-o用于打印退回清单，请加上--to-return。</translation>
    </message>
    <message>
        <source>No document is to be returned; no list was written.</source>
        <translation>没有需退回的公文，未生成清单。</translation>
    </message>
    <message>
        <source>Documents returned to be redone</source>
        <translation>公文退回重新办理清单</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>（未填股室）</translation>
    </message>
    <message>
        <source>(unmarked)</source>
        <translation>（未标注）</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <source>%1 of %2 documents</source>
        <translation>共%2件公文，列出%1件</translation>
    </message>
    <message>
        <source>索引号 pattern: %1</source>
        <translation>索引号格式：%1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Organisation code: %1</source>
        <translation>机构代码：%1</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>示例：%1</translation>
    </message>
    <message>
        <source>doc: say add, import, list or index; run gkml-cli --help</source>
        <translation>doc：请指定add、import、list或index；运行gkml-cli --help查看用法</translation>
    </message>
    <message>
        <source>evidence: %1 cannot be read</source>
        <translation>evidence：无法读取 %1</translation>
    </message>
    <message>
        <source>The evidence pack is complete: every file matches its sha256.</source>
        <translation>佐证材料包完整：每个文件均与 sha256 相符。</translation>
    </message>
    <message>
        <source>evidence: the pack would overwrite the catalogue</source>
        <translation>evidence：材料包会覆盖目录文件</translation>
    </message>
    <message>
        <source>evidence: cannot write %1</source>
        <translation>evidence：无法写入 %1</translation>
    </message>
    <message>
        <source>Evidence pack written: %1</source>
        <translation>已生成佐证材料包：%1</translation>
    </message>
    <message>
        <source>export: unknown format &quot;%1&quot;; use xlsx, csv, json, html or docx.</source>
        <translation>export：未知格式“%1”；请使用 xlsx、csv、json、html 或 docx。</translation>
    </message>
    <message>
        <source>export: a township&apos;s catalogue is for its notice boards; withheld items never go into it.</source>
        <translation>export：乡镇（街道）目录用于公开栏，不予公开事项一律不得导出。</translation>
    </message>
    <message>
        <source>feedback: give FILE SRC, FILE --list or FILE --fixed PROBLEM --result TEXT</source>
        <translation>feedback：请给出“目录文件 反馈表”、“目录文件 --list”或“目录文件 --fixed 问题编号 --result 整改结果”</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>事项 %1</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>feedback: &quot;%1&quot; is not a problem number</source>
        <translation>feedback：“%1”不是问题编号</translation>
    </message>
    <message>
        <source>Problem %1 recorded as fixed.</source>
        <translation>问题 %1 已登记为已整改。</translation>
    </message>
    <message>
        <source>%1 problem(s) recorded, %2 matched to items, %3 not matched; %4 already recorded.</source>
        <translation>已登记 %1 个问题，其中 %2 个对应到事项，%3 个未匹配；%4 个此前已登记。</translation>
    </message>
    <message>
        <source>  not matched: %1</source>
        <translation>  未匹配：%1</translation>
    </message>
    <message>
        <source>fill: &quot;%1&quot; is not a field that can be filled for all items.</source>
        <translation>fill：“%1”不是可以为全部事项统一填写的字段。</translation>
    </message>
    <message>
        <source>fill: give either --from-standard or --value.</source>
        <translation>fill：请在 --from-standard 和 --value 中选择一个。</translation>
    </message>
    <message>
        <source>fill: --value is empty.</source>
        <translation>fill：--value 的值为空。</translation>
    </message>
    <message>
        <source>fill: no installed standard covers this catalogue&apos;s domains; use --value.</source>
        <translation>fill：没有已安装的标准涵盖本目录的领域，请改用 --value 指定一个值。</translation>
    </message>
    <message>
        <source>import: --on-match wants add, update or skip, not &quot;%1&quot;.</source>
        <translation>import：--on-match 只能是 add、update 或 skip，不能是“%1”。</translation>
    </message>
    <message>
        <source>warning: %1 of the rows match items already in the catalogue and were added again; --on-match update merges them instead.</source>
        <translation>警告：有 %1 行与目录中已有的事项相同，已再次添加；使用 --on-match update 可改为合并更新。</translation>
    </message>
    <message>
        <source>Imported into %1: %2 updated, %3 added, %4 identical%5.</source>
        <translation>已导入 %1：更新 %2 项，新增 %3 项，相同 %4 项%5。</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>，跳过 %1 项</translation>
    </message>
    <message>
        <source>Responsible offices:</source>
        <translation>责任股室：</translation>
    </message>
    <message>
        <source>Townships (items on their boards):</source>
        <translation>乡镇（街道）（公开栏事项数）：</translation>
    </message>
    <message>
        <source>inspect: --sample needs a number of domains above 0 and --seed a whole number</source>
        <translation>inspect：--sample 须为大于 0 的领域数，--seed 须为整数</translation>
    </message>
    <message>
        <source>inspect: --fix-days needs a number of working days (0 to 365)</source>
        <translation>inspect：--fix-days 须为工作日天数（0 至 365）</translation>
    </message>
    <message>
        <source>inspect: cannot write %1</source>
        <translation>inspect：无法写入 %1</translation>
    </message>
    <message>
        <source>some due dates fall in a year without holiday data and were counted Monday to Friday</source>
        <translation>部分期限所在年份缺少节假日数据，已按周一至周五计算</translation>
    </message>
    <message>
        <source>package: no township has public items</source>
        <translation>package：各乡镇（街道）均没有公开事项</translation>
    </message>
    <message>
        <source>Print the 五公开 coverage sheet (which items serve 决策、执行、管理、服务、结果) instead.</source>
        <translation>改为打印五公开覆盖情况表（各事项属于决策、执行、管理、服务、结果中的哪些环节）。</translation>
    </message>
    <message>
        <source>%1: no public items for this township; no sheet made</source>
        <translation>%1：该乡镇（街道）没有公开事项，未生成公开栏表</translation>
    </message>
    <message>
        <source>print: no township has public items to print</source>
        <translation>print：各乡镇（街道）均没有可打印的公开事项</translation>
    </message>
    <message>
        <source>#%1 item %2  %3  %4  %5  %6 evidence file(s)</source>
        <translation>#%1 事项 %2  %3  %4  %5  佐证 %6 个</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>publish: &quot;%1&quot; is not an item id</source>
        <translation>publish：“%1”不是事项编号</translation>
    </message>
    <message>
        <source>publish: &quot;%1&quot; is not a record id</source>
        <translation>publish：“%1”不是发布记录编号</translation>
    </message>
    <message>
        <source>Record %1 removed.</source>
        <translation>已删除发布记录 %1。</translation>
    </message>
    <message>
        <source>publish: the option --item is required</source>
        <translation>publish：须指定 --item</translation>
    </message>
    <message>
        <source>publish: &quot;%1&quot; is not an update cycle; use one of %2, or &quot;&quot; for none</source>
        <translation>publish：“%1”不是更新周期，请填写 %2 之一，或用 &quot;&quot; 表示无</translation>
    </message>
    <message>
        <source>There is no item %1 in this catalogue.</source>
        <translation>本目录中没有编号为 %1 的事项。</translation>
    </message>
    <message>
        <source>Record %1 added.</source>
        <translation>已添加发布记录 %1。</translation>
    </message>
    <message>
        <source>Update cycle set for %1 item(s).</source>
        <translation>已为 %1 个事项设置更新周期。</translation>
    </message>
    <message>
        <source>townships: %1 cannot be read (no such file)</source>
        <translation>townships：无法读取%1（文件不存在）</translation>
    </message>
    <message>
        <source>The list names no township.</source>
        <translation>名单中没有乡镇（街道）名称。</translation>
    </message>
    <message>
        <source>townships: %1 is not a .csv or .xlsx file</source>
        <translation>townships：%1 不是 .csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Add a township (乡镇/街道); repeat it, or list several names separated by 、 or commas.</source>
        <translation>添加乡镇（街道）；可重复使用，或用顿号、逗号分隔多个名称。</translation>
    </message>
    <message>
        <source>Add the townships listed in a .csv or .xlsx file (name, office, contact).</source>
        <translation>添加 .csv 或 .xlsx 文件中列出的乡镇（街道）（名称、负责科室、联系方式）。</translation>
    </message>
    <message>
        <source>SRC</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>townships: --add needs at least one name</source>
        <translation>townships：--add 至少需要一个名称</translation>
    </message>
    <message>
        <source>townships: wrong number of arguments; run gkml-cli --help</source>
        <translation>townships：参数个数不对，请运行 gkml-cli --help</translation>
    </message>
    <message>
        <source>townships: the catalogue is open read-only: %1</source>
        <translation>townships：目录文件以只读方式打开：%1</translation>
    </message>
    <message>
        <source>%1 township(s) added.</source>
        <translation>已添加%1个乡镇（街道）。</translation>
    </message>
    <message>
        <source>No townships yet; add them with gkml-cli townships %1 --add NAME</source>
        <translation>尚无乡镇（街道），请用 gkml-cli townships %1 --add 名称 添加</translation>
    </message>
    <message>
        <source>%1 (%2): %3 items, %4 of them its own</source>
        <translation>%1（%2）：%3项事项，其中自行增加%4项</translation>
    </message>
    <message>
        <source>Only the catalogue derived for this township (see gkml-cli townships).</source>
        <translation>只输出该乡镇（街道）的目录（见 gkml-cli townships）。</translation>
    </message>
    <message>
        <source>One output per township, into the folder given with -o, named after it.</source>
        <translation>每个乡镇（街道）输出一份，以其名称命名，放入 -o 指定的文件夹。</translation>
    </message>
    <message>
        <source>%1: give either --township NAME or --all-townships, not both</source>
        <translation>%1：--township 与 --all-townships 只能选用一个</translation>
    </message>
    <message>
        <source>%1: the catalogue has no townships yet; add them with gkml-cli townships %2 --add NAME</source>
        <translation>%1：目录中尚无乡镇（街道），请用 gkml-cli townships %2 --add 名称 添加</translation>
    </message>
    <message>
        <source>%1: there is no township &quot;%2&quot; in the catalogue; it has: %3</source>
        <translation>%1：目录中没有乡镇（街道）“%2”，现有：%3</translation>
    </message>
    <message>
        <source>%1: with --all-townships, -o names a folder (one file per township goes into it); %2 is a file</source>
        <translation>%1：使用 --all-townships 时，-o 应为文件夹（每个乡镇（街道）一个文件），%2 是文件</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹%1。</translation>
    </message>
    <message>
        <source>warning: GKML has no holiday data for %1: the days are computed Monday to Friday. Add the year&apos;s notice as a calendar file.</source>
        <translation>警告：GKML没有%1年的节假日数据，按周一至周五计算。请添加该年度放假通知的日历文件。</translation>
    </message>
    <message>
        <source>transfer: give either --schedule YEAR or --on DATE.</source>
        <translation>transfer：请指定--schedule YEAR或--on DATE之一。</translation>
    </message>
    <message>
        <source>--schedule: &quot;%1&quot; is not a year.</source>
        <translation>--schedule：“%1”不是年份。</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (deferred)</source>
        <translation>%1 → %2（顺延）</translation>
    </message>
    <message>
        <source>--on: &quot;%1&quot; is not a date (write YYYY-MM-DD).</source>
        <translation>--on：“%1”不是日期（请写成YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>-o: the folder of %1 does not exist.</source>
        <translation>-o：%1所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>warning: %1 is not a 5th or a 20th: this is an extra batch.</source>
        <translation>警告：%1不是5日或20日，按临时批次处理。</translation>
    </message>
    <message>
        <source>List of government information documents handed over</source>
        <translation>政府信息公开文件移交清单</translation>
    </message>
    <message>
        <source>Batch of %1, handed over on %2: %3 documents, in two copies (county archives, county library).</source>
        <translation>%1批次，%2移交：共%3件，一式两份（县档案馆、县图书馆）。</translation>
    </message>
    <message>
        <source>Nothing to record.</source>
        <translation>没有需要记录的公文。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已记录移交。</translation>
    </message>
    <message>
        <source>Nothing was changed (add --record once the documents are handed over).</source>
        <translation>未作任何修改（文件移交后加--record记录）。</translation>
    </message>
    <message>
        <source>a weekday</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>a weekend day</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>a weekend day made a working day (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>a local rest day</source>
        <translation>本地休息日</translation>
    </message>
    <message>
        <source>no holiday data for %1: counted Monday to Friday; add that year&apos;s notice to the calendar folder (gkml-cli workdays --years)</source>
        <translation>缺少 %1 年的节假日数据，已按周一至周五计算；请将该年放假通知添加到日历文件夹（见 gkml-cli workdays --years）</translation>
    </message>
    <message>
        <source>workdays: --years takes no other argument</source>
        <translation>workdays：--years 不带其他参数</translation>
    </message>
    <message>
        <source>%1  %2 holidays, %3 make-up working days  (%4)</source>
        <translation>%1年  放假 %2 天，调休上班 %3 天（%4）</translation>
    </message>
    <message>
        <source>Local rest days: %1</source>
        <translation>本地休息日：%1 天</translation>
    </message>
    <message>
        <source>Years are added from: %1</source>
        <translation>年度数据添加位置：%1</translation>
    </message>
    <message>
        <source>workdays: --is takes one date and nothing else</source>
        <translation>workdays：--is 只带一个日期</translation>
    </message>
    <message>
        <source>workdays: &quot;%1&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>workdays：“%1”不是日期（请写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 is a working day: %2</source>
        <translation>%1 是工作日：%2</translation>
    </message>
    <message>
        <source>%1 is not a working day: %2</source>
        <translation>%1 不是工作日：%2</translation>
    </message>
    <message>
        <source>workdays: give DATE N, --is DATE or --years; run gkml-cli --help</source>
        <translation>workdays：请给出“日期 天数”、--is 日期或 --years；详见 gkml-cli --help</translation>
    </message>
    <message>
        <source>workdays: &quot;%1&quot; is not a number of working days (0 to 3650)</source>
        <translation>workdays：“%1”不是工作日天数（0 至 3650）</translation>
    </message>
    <message>
        <source>inspect: unknown format &quot;%1&quot; (text, json, xlsx or pdf)</source>
        <translation>inspect：未知格式“%1”（可用 text、json、xlsx 或 pdf）</translation>
    </message>
    <message>
        <source>inspect: --format %1 needs -o OUT.%1</source>
        <translation>inspect：--format %1 需要用 -o 指定输出文件（OUT.%1）</translation>
    </message>
    <message numerus="yes">
        <source>The content rows of %n item name(s) were joined into one item each.</source>
        <translation>
            <numerusform>已将%n个事项名称下的多行公开内容各合并为一个事项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n item name(s) have several content rows, kept as separate items; --join-rows joins the rows of each name into one item.</source>
        <translation>
            <numerusform>警告：有%n个事项名称下有多行公开内容，已按行分别导入为事项；如需把同一名称的各行合并为一个事项，请加 --join-rows。</numerusform>
        </translation>
    </message>
    <message>
        <source>The township whose own items --own-items replaces.</source>
        <translation>--own-items 所替换自有事项的乡镇（街道）。</translation>
    </message>
    <message>
        <source>Replace the township&apos;s own items (乡镇自有事项) with the items of a catalogue file its office sent in the county template.</source>
        <translation>用乡镇（街道）按县级目录模板报送的目录文件中的事项，替换其自有事项。</translation>
    </message>
    <message>
        <source>townships: --own-items and --township go together</source>
        <translation>townships：--own-items 与 --township 须同时使用</translation>
    </message>
    <message>
        <source>townships: %1 holds no items</source>
        <translation>townships：%1 中没有事项</translation>
    </message>
    <message>
        <source>townships: the catalogue has no township named %1</source>
        <translation>townships：目录中没有名为“%1”的乡镇（街道）</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The batch of %1 was recorded on %2 (%3 documents); it is not recorded twice. Without --record, -o prints its list again.</source>
        <translation>%1这一批已于 %2 登记移交（%3 份文件），不能重复登记。不加 --record 时，可用 -o 重新打印其移交清单。</translation>
    </message>
    <message>
        <source>This batch was recorded on %1; nothing was changed.</source>
        <translation>这一批已于 %1 登记移交；未作任何更改。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date (write YYYY-MM-DD)</source>
        <translation>%1：“%2”不是日期（请写作 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>-o, --record and --cancel go with --on DATE.</source>
        <translation>-o、--record和--cancel须与--on DATE一起使用。</translation>
    </message>
    <message>
        <source>--cancel goes alone with --on DATE (not with --record, -o or --json).</source>
        <translation>--cancel只能与--on DATE一起单独使用（不能同时用--record、-o或--json）。</translation>
    </message>
    <message>
        <source>No handover is recorded for %1; nothing was changed.</source>
        <translation>%1没有已登记的移交，未作任何改动。</translation>
    </message>
    <message>
        <source>The record of the batch of %1 (%2 documents) was taken back; they are pending again.</source>
        <translation>已撤销%1这一批（%2件公文）的移交登记，这些公文重新列入待移交。</translation>
    </message>
</context>
<context>
    <name>ColumnFill</name>
    <message>
        <source>Filled %1 for %2 items.</source>
        <translation>已为 %2 个事项填写%1。</translation>
    </message>
    <message>
        <source>%1 items are not in the standard and stay empty: fill them by hand.</source>
        <translation>%1 个事项不在标准中，仍为空，请逐项手工填写。</translation>
    </message>
</context>
<context>
    <name>ColumnFillFlow</name>
    <message>
        <source>Fill %1 for %2 items</source>
        <translation>为 %2 个事项填写%1</translation>
    </message>
</context>
<context>
    <name>CoverageSheet</name>
    <message>
        <source>There is nothing to print: no public items match.</source>
        <translation>没有可打印的内容：没有符合条件的公开事项。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Marked for none</source>
        <translation>未标注环节</translation>
    </message>
    <message>
        <source>Stages no item serves</source>
        <translation>缺少的环节</translation>
    </message>
    <message>
        <source>Item (一级事项)</source>
        <translation>一级事项</translation>
    </message>
    <message>
        <source>Item (二级事项)</source>
        <translation>二级事项</translation>
    </message>
    <message>
        <source>五公开 coverage of the catalogue of %1</source>
        <translation>%1政务公开事项标准目录五公开覆盖情况表</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than 1 GB; split it into smaller files.</source>
        <translation>文件大于 1 GB，请拆分成较小的文件。</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>This computer cannot write GB18030 text.</source>
        <translation>本机无法写出 GB18030 编码的文本。</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
</context>
<context>
    <name>DocumentChecker</name>
    <message>
        <source>No 公开属性 (主动公开, 依申请公开 or 不予公开) was marked: return the document to its office to be redone.</source>
        <translation>未标注公开属性（主动公开、依申请公开或不予公开），应退回起草股室重新办理。</translation>
    </message>
    <message>
        <source>Marked %1 without the reason: return the document to its office to be redone.</source>
        <translation>标注为%1但未说明理由，应退回起草股室重新办理。</translation>
    </message>
    <message>
        <source>No 保密审查 is recorded (reviewer and date): return the document to its office to be redone.</source>
        <translation>未记录保密审查（审查人和审查日期），应退回起草股室重新办理。</translation>
    </message>
    <message>
        <source>The 保密审查 has no date: return the document to its office to be redone.</source>
        <translation>保密审查未填审查日期，应退回起草股室重新办理。</translation>
    </message>
    <message>
        <source>document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>The 索引号 %1 does not follow the unit&apos;s pattern %2 (e.g. %3).</source>
        <translation>索引号%1不符合本单位格式%2（例如%3）。</translation>
    </message>
    <message>
        <source>The 文号 %1 is also on: %2.</source>
        <translation>文号%1与以下公文重复：%2。</translation>
    </message>
    <message numerus="yes">
        <source>The 索引号 %1 is on %n documents; each document needs its own.</source>
        <translation>
            <numerusform>索引号%1用在%n件公文上，每件公文应有自己的索引号。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentConverter</name>
    <message>
        <source>LibreOffice is not installed on this computer, so &quot;%1&quot; cannot be converted.</source>
        <translation>本机未安装 LibreOffice，无法转换“%1”。</translation>
    </message>
    <message>
        <source>LibreOffice could not be started to convert &quot;%1&quot;.</source>
        <translation>无法启动 LibreOffice 转换“%1”。</translation>
    </message>
    <message>
        <source>LibreOffice took more than %1 seconds to convert &quot;%2&quot; and was stopped. Open the file in Word, WPS or Excel and save it as .docx or .xlsx instead.</source>
        <translation>LibreOffice 转换“%2”超过 %1 秒，已停止。请改用 Word、WPS 或 Excel 打开该文件，另存为 .docx 或 .xlsx。</translation>
    </message>
    <message>
        <source>LibreOffice could not convert &quot;%1&quot; (the file may be damaged or protected by a password).</source>
        <translation>LibreOffice 无法转换“%1”（文件可能已损坏或设有密码）。</translation>
    </message>
</context>
<context>
    <name>DocxReader</name>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password. Open it in Word or WPS, remove the password (save without encryption), then import it again.</source>
        <translation>“%1”设有密码保护。请用 Word 或 WPS 打开，取消密码（不加密保存）后重新导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Word 97-2003 document (.doc). Open it in Word or WPS and save it as .docx, then import that file.</source>
        <translation>“%1”是旧版 Word 97-2003 文档（.doc）。请用 Word 或 WPS 打开，另存为 .docx 后再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Word document (.docx): it is damaged or a file of another kind.</source>
        <translation>“%1”不是 Word 文档（.docx）：文件已损坏或是其他类型的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large to read safely: its text unpacks to more than %2 MB (a damaged or hostile file, a &quot;zip bomb&quot;).</source>
        <translation>“%1”过大，无法安全读取：其正文解压后超过 %2 MB（文件已损坏或为恶意构造的“压缩炸弹”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a zip file but not a Word document (it has no document part).</source>
        <translation>“%1”是压缩文件，但不是 Word 文档（缺少正文部分）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it cannot be opened as a Word document (.docx).</source>
        <translation>“%1”已损坏或不完整，无法作为 Word 文档（.docx）打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than %2 table cells; GKML reads at most that many.</source>
        <translation>“%1”的表格单元格超过 %2 个，超出 GKML 的读取上限。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more text than GKML reads safely.</source>
        <translation>“%1”中的文字超过 GKML 可安全读取的数量。</translation>
    </message>
    <message>
        <source>Table %1 of &quot;%2&quot; has a table inside one of its cells (row %3). GKML reads plain tables only: move the inner table out of the cell, or merge cells instead, then import again.</source>
        <translation>“%2”的第 %1 个表格在单元格内嵌套了表格（第 %3 行）。GKML 只读取普通表格：请将内层表格移出单元格，或改用合并单元格，然后重新导入。</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>表格 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged: its text is not valid XML (%2, line %3).</source>
        <translation>“%1”已损坏：正文不是有效的 XML（%2，第 %3 行）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no table. GKML reads the catalogue from a table in the document.</source>
        <translation>“%1”中没有表格。GKML 从文档中的表格读取目录。</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>Unit: %1    Date: %2</source>
        <translation>填报单位：%1    日期：%2</translation>
    </message>
</context>
<context>
    <name>DuplicateSeqRule</name>
    <message>
        <source>No. %1 is also the number of &quot;%2 / %3&quot; in %4. Give each item its own number.</source>
        <translation>序号 %1 与%4的“%2 / %3”重复，请为每个事项编排不同的序号。</translation>
    </message>
</context>
<context>
    <name>EditionStore</name>
    <message>
        <source>The editions cannot be read: %1</source>
        <translation>无法读取版本记录：%1</translation>
    </message>
    <message>
        <source>There is no edition %1 in this catalogue; run gkml-cli editions to list them.</source>
        <translation>此目录中没有版本 %1；运行 gkml-cli editions 可列出所有版本。</translation>
    </message>
    <message>
        <source>Edition %1 is damaged: its items cannot be read.</source>
        <translation>版本 %1 已损坏，无法读取其中的事项。</translation>
    </message>
    <message>
        <source>No package has been made from this catalogue yet, so there is no edition to compare with.</source>
        <translation>此目录尚未生成过报送包，因此没有可供比较的版本。</translation>
    </message>
    <message>
        <source>The catalogue is open read-only, so the edition cannot be recorded: %1</source>
        <translation>目录以只读方式打开，无法记录版本：%1</translation>
    </message>
    <message>
        <source>The edition cannot be recorded: %1</source>
        <translation>无法记录版本：%1</translation>
    </message>
</context>
<context>
    <name>EvidencePack</name>
    <message>
        <source>the PDF needs the graphical part of Qt (QGuiApplication)</source>
        <translation>生成 PDF 需要 Qt 图形组件（QGuiApplication）</translation>
    </message>
    <message>
        <source>The catalogue PDF could not be made.</source>
        <translation>无法生成目录 PDF。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项编号</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级事项</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级事项</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>发布渠道</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>信息形成日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>发布位置</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Unsafe path in the pack: %1</source>
        <translation>材料包中有不安全的路径：%1</translation>
    </message>
    <message>
        <source>manifest.json is missing or is not a GKML evidence pack manifest.</source>
        <translation>manifest.json 缺失，或不是 GKML 佐证材料包的清单。</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing.</source>
        <translation>清单列有 %1，但材料包中缺少该文件。</translation>
    </message>
    <message>
        <source>%1 was changed after the pack was made (size or sha256 differs).</source>
        <translation>%1 在材料包生成后被改动（大小或 sha256 不符）。</translation>
    </message>
    <message>
        <source>%1 is in the pack but not in the manifest.</source>
        <translation>材料包中的 %1 未列入清单。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Writing &quot;%1&quot; failed: %2</source>
        <translation>写入“%1”失败：%2</translation>
    </message>
    <message>
        <source>This version of GKML cannot write %1 files.</source>
        <translation>本版本的 GKML 不能写出 %1 文件。</translation>
    </message>
</context>
<context>
    <name>FeedbackImport</name>
    <message>
        <source>%1: the feedback table must be an .xlsx or .csv file.</source>
        <translation>%1：反馈表须为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>%1: no header with 问题明细 was found; the feedback table needs a column 问题明细.</source>
        <translation>%1：未找到含“问题明细”的表头，反馈表须有“问题明细”一列。</translation>
    </message>
</context>
<context>
    <name>FindingReport</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) checked: </source>
        <translation>
            <numerusform>已检查 %n 个事项：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n 个错误，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s), </source>
        <translation>
            <numerusform>%n 个警告，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s).</source>
        <translation>
            <numerusform>%n 条提示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>领域 %1</translation>
    </message>
    <message>
        <source>%1 · %2 / %3 (not in the catalogue)</source>
        <translation>%1 · %2 / %3（目录中没有）</translation>
    </message>
    <message>
        <source>%1 · %2 / %3 (no. %4, id %5)</source>
        <translation>%1 · %2 / %3（序号 %4，ID %5）</translation>
    </message>
    <message>
        <source>The whole catalogue</source>
        <translation>整个目录</translation>
    </message>
</context>
<context>
    <name>HtmlTableReader</name>
    <message>
        <source>The page&apos;s tables have more than %1 cells; GKML reads at most that many.</source>
        <translation>网页中的表格超过%1个单元格，GKML 最多只读取这么多。</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>表格%1</translation>
    </message>
    <message>
        <source>The page has tables nested more than %1 deep; GKML cannot read it safely. Copy the catalogue table into a new page or a spreadsheet and import that.</source>
        <translation>网页中的表格嵌套超过%1层，GKML 无法安全读取。请把目录表格复制到新网页或电子表格中，再导入。</translation>
    </message>
    <message>
        <source>The page nests its elements more than %1 levels deep; GKML cannot read it safely. Copy the catalogue table into a new page or a spreadsheet and import that.</source>
        <translation>网页元素嵌套超过%1层，GKML 无法安全读取。请把目录表格复制到新网页或电子表格中，再导入。</translation>
    </message>
    <message>
        <source>The page is larger than %1 MB; GKML reads at most that much. Save only the catalogue table in a page of its own and import that.</source>
        <translation>网页大于%1 MB，GKML 最多只读取这么多。请只把目录表格另存为一个网页，再导入。</translation>
    </message>
    <message>
        <source>The page holds no table. Import the page (or the .html file) that shows the catalogue as a table.</source>
        <translation>网页中没有表格。请导入以表格形式显示目录的网页（或 .html 文件）。</translation>
    </message>
    <message>
        <source>The page&apos;s tables are empty.</source>
        <translation>网页中的表格是空的。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ImportMatcher</name>
    <message>
        <source>%1 to update, %2 new, %3 identical</source>
        <translation>%1 项将更新，%2 项新增，%3 项相同</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gb18030.</source>
        <translation>不认识的编码“%1”；请用 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>domain %1 from the items, which match the standard items of that domain only</source>
        <translation>领域“%1”由事项判定：各行的一级、二级事项只与该领域的标准事项相符</translation>
    </message>
    <message>
        <source>GKML cannot read a PDF: its tables are only drawn lines and text. Ask for the catalogue as an Excel or Word file (.xlsx, .xls, .docx), or save it in that form, then import that file.</source>
        <translation>GKML 不能读取 PDF：PDF 中的表格只是线条和文字。请索取 Excel 或 Word 格式（.xlsx、.xls、.docx）的目录，或另存为这些格式后再导入。</translation>
    </message>
    <message>
        <source>GKML cannot read .%1 files itself. Open &quot;%2&quot; in Word, WPS or Excel and save it as .%3, or let LibreOffice, which is installed, convert it (in gkml-cli: import --convert).</source>
        <translation>GKML 不能直接读取 .%1 文件。请用 Word、WPS 或 Excel 打开“%2”并另存为 .%3，或由本机已安装的 LibreOffice 转换（命令行：import --convert）。</translation>
    </message>
    <message>
        <source>GKML cannot read .%1 files. Open &quot;%2&quot; in Word, WPS or Excel and save it as .%3, then import that file.</source>
        <translation>GKML 不能读取 .%1 文件。请用 Word、WPS 或 Excel 打开“%2”，另存为 .%3 后再导入。</translation>
    </message>
    <message>
        <source>No temporary folder for the conversion: %1</source>
        <translation>无法创建转换用的临时文件夹：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was converted to .%2 by LibreOffice before import; check the items against the original.</source>
        <translation>“%1”已由 LibreOffice 转换为 .%2 后导入，请对照原文件核对事项。</translation>
    </message>
    <message>
        <source>GKML cannot read &quot;%1&quot;: use an .xlsx, .xls, .docx, .csv or .html file.</source>
        <translation>GKML 不能读取“%1”：请使用 .xlsx、.xls、.docx、.csv 或 .html 文件。</translation>
    </message>
</context>
<context>
    <name>IndexNumberTemplate</name>
    <message>
        <source>The 索引号 pattern is empty.</source>
        <translation>索引号格式为空。</translation>
    </message>
    <message>
        <source>The 索引号 pattern needs a serial number {seq:N} with N from 1 to 12.</source>
        <translation>索引号格式须含流水号{seq:N}，N为1至12。</translation>
    </message>
    <message>
        <source>The 索引号 pattern needs the year {year}.</source>
        <translation>索引号格式须含年份{year}。</translation>
    </message>
    <message>
        <source>The 索引号 pattern names the year or the serial number twice.</source>
        <translation>索引号格式中年份或流水号出现了两次。</translation>
    </message>
    <message>
        <source>The 索引号 pattern uses {org}: set the organisation code first.</source>
        <translation>索引号格式用到{org}，请先填写机构代码。</translation>
    </message>
    <message>
        <source>The 索引号 pattern has an unknown placeholder; use {org}, {year}, {month} and {seq:N}.</source>
        <translation>索引号格式含无法识别的占位符，请使用{org}、{year}、{month}和{seq:N}。</translation>
    </message>
</context>
<context>
    <name>InspectionPdf</name>
    <message>
        <source>the PDF needs the graphical part of Qt (QGuiApplication)</source>
        <translation>生成 PDF 需要 Qt 图形组件（QGuiApplication）</translation>
    </message>
    <message>
        <source>Self-inspection of %1 as of %2</source>
        <translation>%1 政务公开考核自查报告（截至 %2）</translation>
    </message>
    <message>
        <source>Sampled domains: %1</source>
        <translation>抽查领域：%1</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>按股室统计</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>按领域统计</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Some due dates fall in a year without holiday data and were counted Monday to Friday.</source>
        <translation>部分期限所在年份缺少节假日数据，已按周一至周五计算。</translation>
    </message>
    <message>
        <source>五公开 coverage</source>
        <translation>五公开覆盖情况</translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <source>%1 / %2: no publication recorded by %3</source>
        <translation>%1／%2：截至 %3 无发布记录</translation>
    </message>
    <message>
        <source>Publish it through the channels in the catalogue and record the publication.</source>
        <translation>按目录所列渠道予以公开，并登记发布情况。</translation>
    </message>
    <message>
        <source>%1 / %2: publication without a date</source>
        <translation>%1／%2：发布记录无发布日期</translation>
    </message>
    <message>
        <source>Enter the publication date of every record.</source>
        <translation>补填每条发布记录的发布日期。</translation>
    </message>
    <message>
        <source>%1 / %2: published after the due date %3</source>
        <translation>%1／%2：晚于公开期限 %3 发布</translation>
    </message>
    <message>
        <source>Publish within the time limit of the catalogue; check the process.</source>
        <translation>按目录规定的公开时限发布，并检查发布流程。</translation>
    </message>
    <message>
        <source>%1 / %2: not updated since %3 (due again by %4)</source>
        <translation>%1／%2：自 %3 起未更新（应于 %4 前更新）</translation>
    </message>
    <message>
        <source>Update the information and record the publication.</source>
        <translation>更新信息并登记发布情况。</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时公开</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期公开</translation>
    </message>
    <message>
        <source>Never published</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>未及时更新</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无发布日期</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题明细</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Fix by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>已整改：%1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Inspection of %1 as of %2</source>
        <translation>%1 政务公开考核自查（截至 %2）</translation>
    </message>
    <message>
        <source>Sampled domains (seed %1): %2</source>
        <translation>抽查领域（随机种子 %1）：%2</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Problems: %1</source>
        <translation>问题清单：共 %1 条</translation>
    </message>
    <message>
        <source>Some due dates fall in a year without holiday data and were counted Monday to Friday.</source>
        <translation>部分期限所在年份缺少节假日数据，已按周一至周五计算。</translation>
    </message>
    <message>
        <source>%1 (%2 working days)</source>
        <translation>%1（%2个工作日内）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>整改结果</translation>
    </message>
    <message>
        <source>Marked for none</source>
        <translation>未标注环节</translation>
    </message>
    <message>
        <source>Stages no item serves</source>
        <translation>未覆盖的环节</translation>
    </message>
    <message>
        <source>五公开 coverage</source>
        <translation>五公开覆盖情况</translation>
    </message>
</context>
<context>
    <name>InspectionXlsx</name>
    <message>
        <source>Sampled domains: %1</source>
        <translation>抽查领域：%1</translation>
    </message>
    <message>
        <source>Some due dates fall in a year without holiday data and were counted Monday to Friday.</source>
        <translation>部分期限所在年份缺少节假日数据，已按周一至周五计算。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Problems found by the self-inspection of %1 as of %2</source>
        <translation>%1 政务公开考核自查问题清单（截至 %2）</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>按股室统计</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>按领域统计</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>五公开</source>
        <translation>五公开</translation>
    </message>
    <message>
        <source>五公开 coverage of %1</source>
        <translation>%1 五公开覆盖情况</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Level-1 item</source>
        <translation>一级事项</translation>
    </message>
    <message>
        <source>Level-2 item</source>
        <translation>二级事项</translation>
    </message>
    <message>
        <source>Level-3 item</source>
        <translation>三级事项</translation>
    </message>
    <message>
        <source>Content (elements)</source>
        <translation>公开内容（要素）</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>公开依据</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>公开时限</translation>
    </message>
    <message>
        <source>Responsible body</source>
        <translation>公开主体</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>公开渠道和载体</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>公开对象</translation>
    </message>
    <message>
        <source>Which group</source>
        <translation>特定群体说明</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>公开方式</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>公开层级</translation>
    </message>
    <message>
        <source>Five disclosures</source>
        <translation>五公开环节</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>不予公开</translation>
    </message>
    <message>
        <source>Basis for withholding</source>
        <translation>不予公开依据</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>Never published</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>No publication date</source>
        <translation>无发布日期</translation>
    </message>
    <message>
        <source>Published late</source>
        <translation>逾期公开</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>未及时更新</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时公开</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The JSON file is malformed at character %1: %2</source>
        <translation>JSON 文件第%1个字符处格式有误：%2</translation>
    </message>
    <message>
        <source>The JSON file has no &quot;items&quot; list; it is not a GKML export.</source>
        <translation>JSON 文件中没有“items”列表，不是 GKML 导出的文件。</translation>
    </message>
    <message>
        <source>Entry %1 of &quot;items&quot; is not an object.</source>
        <translation>“items”的第%1项不是对象。</translation>
    </message>
    <message>
        <source>GKML JSON export, %1 items</source>
        <translation>GKML 导出的 JSON 文件，%1个事项</translation>
    </message>
    <message>
        <source>The file holds no catalogue items.</source>
        <translation>文件中没有目录事项。</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>%1: must be %2, is %3</source>
        <translation>%1：应为%2，实为%3</translation>
    </message>
    <message>
        <source>%1: must be %2</source>
        <translation>%1：应为%2</translation>
    </message>
    <message>
        <source>%1: has a value that is not allowed</source>
        <translation>%1：含有不允许的值</translation>
    </message>
    <message>
        <source>%1: must not be empty</source>
        <translation>%1：不能为空</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not in the expected form</source>
        <translation>%1：“%2”的格式不正确</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1：“%2”不是有效的日期时间（ISO 8601）</translation>
    </message>
    <message>
        <source>%1: must be at least %2</source>
        <translation>%1：不能小于 %2</translation>
    </message>
    <message>
        <source>%1: must have at least %2 entries</source>
        <translation>%1：至少应有 %2 项</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is missing</source>
        <translation>%1：缺少键“%2”</translation>
    </message>
    <message>
        <source>%1: the key &quot;%2&quot; is not allowed</source>
        <translation>%1：不允许出现键“%2”</translation>
    </message>
</context>
<context>
    <name>LedgerForms</name>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Copy 1: for the county archives</source>
        <translation>（第一联 送县档案馆）</translation>
    </message>
    <message>
        <source>Copy 2: for the county library</source>
        <translation>（第二联 送县图书馆）</translation>
    </message>
    <message>
        <source>List of government information documents handed over</source>
        <translation>政府信息公开文件移交清单</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>移交单位：%1</translation>
    </message>
    <message>
        <source>Batch of %1</source>
        <translation>移交批次：%1</translation>
    </message>
    <message>
        <source>Batch of %1 (deferred over the holiday to %2)</source>
        <translation>移交批次：%1（节假日顺延至%2）</translation>
    </message>
    <message>
        <source>%1 document(s), %2 copies in all</source>
        <translation>共%1件，%2份</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>No document is due in this batch.</source>
        <translation>本批次无应移交文件。</translation>
    </message>
    <message>
        <source>Handed over by:</source>
        <translation>移交人：</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>接收人：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Documents returned to be redone</source>
        <translation>公文退回重新办理清单</translation>
    </message>
    <message>
        <source>(no drafting office recorded)</source>
        <translation>（未填起草股室）</translation>
    </message>
    <message numerus="yes">
        <source>Listed on %1: %n document(s)</source>
        <translation>
            <numerusform>%1列出：共%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it is returned</source>
        <translation>退回原因</translation>
    </message>
    <message>
        <source>Returned by:</source>
        <translation>退回人：</translation>
    </message>
</context>
<context>
    <name>LedgerImporter</name>
    <message>
        <source>The ledger %1 does not exist.</source>
        <translation>登记簿%1不存在。</translation>
    </message>
    <message>
        <source>A ledger must be an .xlsx or .csv file (save an .xls or .et ledger as .xlsx in Excel or WPS).</source>
        <translation>登记簿须为.xlsx或.csv文件（.xls、.et文件请在Excel或WPS中另存为.xlsx）。</translation>
    </message>
    <message>
        <source>The sheet %1 has merged cells over a huge area; unmerge them and save again.</source>
        <translation>工作表%1的合并单元格范围过大，请取消合并后重新保存。</translation>
    </message>
    <message>
        <source>The sheet %1 has no 标题 (文件名称) or 文号 column.</source>
        <translation>工作表%1没有“标题（文件名称）”或“文号”列。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>%1: the %2 &quot;%3&quot; is not a date; left empty.</source>
        <translation>%1：%2“%3”不是日期，已留空。</translation>
    </message>
    <message>
        <source>date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>%1: the 公开属性 &quot;%2&quot; is none of 主动公开, 依申请公开, 不予公开; left unmarked.</source>
        <translation>%1：公开属性“%2”不是主动公开、依申请公开或不予公开，按未标注处理。</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <source>repeal date</source>
        <translation>废止日期</translation>
    </message>
    <message>
        <source>The ledger in %1 lists no document.</source>
        <translation>%1中的登记簿没有公文。</translation>
    </message>
    <message>
        <source>No ledger header found: the first rows should name columns such as 文号, 标题, 成文日期, 起草股室, 公开属性.</source>
        <translation>未找到登记簿表头：前几行应有文号、标题、成文日期、起草股室、公开属性等列名。</translation>
    </message>
</context>
<context>
    <name>LedgerPdf</name>
    <message>
        <source>Cannot start a new page.</source>
        <translation>无法新建页面。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页 共%2页</translation>
    </message>
</context>
<context>
    <name>ManyAreaTable</name>
    <message>
        <source>%1 (%2 rows)</source>
        <translation>%1（%2 行）</translation>
    </message>
    <message>
        <source>one table of several areas (一级事项 names the area): %1</source>
        <translation>多领域合表（一级事项为领域名称）：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>PackageFlow</name>
    <message>
        <source>Fix the errors listed under Findings (F8 goes to the next one).</source>
        <translation>请改正“检查结果”中列出的错误（按 F8 跳到下一个）。</translation>
    </message>
    <message>
        <source>Submission Package</source>
        <translation>报送包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message numerus="yes">
        <source>Package written: %1 (%n public item(s))</source>
        <translation>
            <numerusform>报送包已生成：%1（%n 个公开事项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageJob</name>
    <message>
        <source>The catalogue is open read-only, so the package cannot be recorded as an edition: %1</source>
        <translation>目录以只读方式打开，报送包无法记录为版本：%1</translation>
    </message>
    <message numerus="yes">
        <source>The package was not made: the catalogue has %n error(s). Correct them and try again.</source>
        <translation>
            <numerusform>未生成报送包：目录中有 %n 个错误。请改正后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The package was not made: the catalogue has no public item.</source>
        <translation>未生成报送包：目录中没有可公开的事项。</translation>
    </message>
    <message>
        <source>The package for %1 was not made: no public item is for the township level (乡级).</source>
        <translation>未生成%1的报送包：没有公开层级为乡级的公开事项。</translation>
    </message>
</context>
<context>
    <name>PackageParts</name>
    <message>
        <source>The catalogue follows the standard %1 %2, which is not installed. Put its file in the standards folder, then make the package again.</source>
        <translation>目录采用的标准 %1 %2 未安装。请将该标准文件放入标准文件夹，然后重新生成报送包。</translation>
    </message>
    <message>
        <source>the PDF needs the graphical part of Qt (QGuiApplication)</source>
        <translation>生成 PDF 需要 Qt 的图形部分（QGuiApplication）</translation>
    </message>
</context>
<context>
    <name>PackageVerifier</name>
    <message>
        <source>%1 is not valid JSON (%2).</source>
        <translation>%1 不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>The zip holds the unsafe path &quot;%1&quot; (absolute, &quot;..&quot; or a drive letter).</source>
        <translation>压缩包中含有不安全的路径“%1”（绝对路径、“..”或盘符）。</translation>
    </message>
    <message>
        <source>The zip holds &quot;%1&quot; twice.</source>
        <translation>压缩包中“%1”出现了两次。</translation>
    </message>
    <message>
        <source>manifest.json is missing: this is not a GKML submission package.</source>
        <translation>缺少 manifest.json：这不是 GKML 报送包。</translation>
    </message>
    <message>
        <source>manifest.json lists %1 twice.</source>
        <translation>manifest.json 中 %1 列出了两次。</translation>
    </message>
    <message>
        <source>%1 is listed in manifest.json but missing from the zip.</source>
        <translation>%1 列在 manifest.json 中，但压缩包里没有。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes, manifest.json says %3: the file was changed.</source>
        <translation>%1 大小为 %2 字节，manifest.json 记载为 %3：文件已被改动。</translation>
    </message>
    <message>
        <source>%1 does not match its checksum in manifest.json: the file was changed.</source>
        <translation>%1 与 manifest.json 中的校验值不符：文件已被改动。</translation>
    </message>
    <message>
        <source>%1 is in the zip but not in manifest.json.</source>
        <translation>%1 在压缩包中，但未列入 manifest.json。</translation>
    </message>
    <message>
        <source>%1 is missing from the package.</source>
        <translation>报送包中缺少 %1。</translation>
    </message>
    <message>
        <source>catalogue.json holds %1 items, manifest.json says %2.</source>
        <translation>catalogue.json 中有 %1 个事项，manifest.json 记载为 %2 个。</translation>
    </message>
</context>
<context>
    <name>PdfOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PlaceholderContentRule</name>
    <message>
        <source>a link</source>
        <translation>一个链接</translation>
    </message>
    <message>
        <source>%1 only says &quot;%2&quot;, which is not the content. Name what is published (e.g. 政策文件、办理流程、审批结果).</source>
        <translation>%1只写了“%2”，这不是公开内容。请写明公开的具体内容（如政策文件、办理流程、审批结果）。</translation>
    </message>
</context>
<context>
    <name>PrintDevice</name>
    <message>
        <source>The printer does not accept this paper size and margins.</source>
        <translation>打印机不支持该纸张大小和页边距。</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
</context>
<context>
    <name>PublicationStatus</name>
    <message>
        <source>Not published by %1: record the publication, or publish it.</source>
        <translation>截至 %1 未公开：请登记发布情况，或予以公开。</translation>
    </message>
    <message>
        <source>A publication record has no publication date: assessors count it as not updated. Enter the date.</source>
        <translation>发布记录缺少发布日期，考核时视为未更新。请补填日期。</translation>
    </message>
    <message>
        <source>Published after its due date %1 (公开时限 counted in working days from the event date).</source>
        <translation>晚于公开期限 %1 发布（公开时限自信息形成之日起按工作日计算）。</translation>
    </message>
    <message>
        <source>Not updated within its update cycle: due again by %1.</source>
        <translation>未在更新周期内更新，应于 %1 前更新。</translation>
    </message>
</context>
<context>
    <name>PublicationStore</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>目录以只读方式打开：%1</translation>
    </message>
    <message>
        <source>No item was chosen.</source>
        <translation>未选择事项。</translation>
    </message>
    <message>
        <source>There is no item %1 in this catalogue.</source>
        <translation>本目录中没有编号为 %1 的事项。</translation>
    </message>
    <message>
        <source>Say on which channel the item was published.</source>
        <translation>请填写发布渠道。</translation>
    </message>
    <message>
        <source>The event date %1 is after the publication date %2.</source>
        <translation>信息形成日期 %1 晚于发布日期 %2。</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist.</source>
        <translation>佐证文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The evidence file %1 is %2 MB; a file kept in the catalogue may be at most %3 MB. Reduce the photo or screenshot and add it again.</source>
        <translation>佐证文件 %1 大小为 %2 MB，存入目录的单个文件不得超过 %3 MB。请压缩照片或截图后重新添加。</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read.</source>
        <translation>佐证文件 %1 无法读取。</translation>
    </message>
    <message>
        <source>The evidence file %1 is empty.</source>
        <translation>佐证文件 %1 是空文件。</translation>
    </message>
    <message>
        <source>There is no publication record %1.</source>
        <translation>没有编号为 %1 的发布记录。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an update cycle; use one of %2, or nothing.</source>
        <translation>“%1”不是更新周期，请填写 %2 之一，或不填。</translation>
    </message>
    <message>
        <source>There is no problem %1.</source>
        <translation>没有编号为 %1 的问题。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>RecordHandoverCommand</name>
    <message>
        <source>Record the handover</source>
        <translation>登记移交</translation>
    </message>
</context>
<context>
    <name>RowJoiner</name>
    <message>
        <source>&quot;%1&quot; is drawn over %2 table rows (the later rows only add another deadline or tick): read as one item.</source>
        <translation>“%1”占了 %2 个表格行（后面的行只多了公开时限或勾选项），已按一个事项读入。</translation>
    </message>
</context>
<context>
    <name>SheetRenderer</name>
    <message>
        <source>There is nothing to print: no public items match.</source>
        <translation>没有可打印的内容：没有相符的公开事项。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>无法开始新的一页。</translation>
    </message>
</context>
<context>
    <name>SqlErrorText</name>
    <message>
        <source>The catalogue is busy in another program; try again in a moment.</source>
        <translation>目录正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The catalogue file was moved or deleted while it was open, so the change was not saved. Use &quot;Save a copy&quot; to keep the catalogue.</source>
        <translation>目录文件在打开期间被移动或删除，修改没有保存。请用“另存副本”保存目录。</translation>
    </message>
    <message>
        <source>The catalogue cannot be changed: the file or its folder is read-only.</source>
        <translation>目录不能修改：文件或其所在文件夹是只读的。</translation>
    </message>
    <message>
        <source>Reading or writing the file failed (%1); check the disk or network drive.</source>
        <translation>读写文件失败（%1），请检查磁盘或网络驱动器。</translation>
    </message>
    <message>
        <source>The catalogue file is damaged. Open a copy or a backup instead.</source>
        <translation>目录文件已损坏。请改为打开副本或备份。</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved. Free some space and try again.</source>
        <translation>磁盘已满，修改没有保存。请腾出空间后再试。</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>无法打开文件（%1）。</translation>
    </message>
    <message>
        <source>This is not a GKML catalogue file (it is not a database).</source>
        <translation>这不是 GKML 目录文件（不是数据库文件）。</translation>
    </message>
    <message>
        <source>The catalogue could not be read or written: %1</source>
        <translation>无法读写目录：%1</translation>
    </message>
</context>
<context>
    <name>StagesRule</name>
    <message>
        <source>No item of %1 is marked for %2 disclosure (五公开); mark the items that serve it.</source>
        <translation>%1领域没有事项标注为%2公开（五公开），请标注属于该环节的事项。</translation>
    </message>
    <message>
        <source>The item is marked for none of the five disclosures (决策、执行、管理、服务、结果).</source>
        <translation>该事项未标注五公开环节（决策、执行、管理、服务、结果）。</translation>
    </message>
</context>
<context>
    <name>Standard</name>
    <message>
        <source>true/false</source>
        <translation>布尔值（true/false）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>this key is required</source>
        <translation>此键为必填</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>应为文本，实为%1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected a list, found %1</source>
        <translation>应为列表，实为%1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实为%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field key (see docs/checker.md)</source>
        <translation>“%1”不是字段键名（参见 docs/checker.md）</translation>
    </message>
    <message>
        <source>Cannot read the standard file %1: %2</source>
        <translation>无法读取标准文件 %1：%2</translation>
    </message>
    <message>
        <source>Standard file %1: %2</source>
        <translation>标准文件 %1：%2</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2 (byte offset %3): %4</source>
        <translation>第 %1 行第 %2 列（字节偏移 %3）处 JSON 无效：%4</translation>
    </message>
    <message>
        <source>the file must hold one JSON object {...}</source>
        <translation>文件必须是一个 JSON 对象 {...}</translation>
    </message>
    <message>
        <source>expected &quot;gkml-standard&quot;, found &quot;%1&quot;</source>
        <translation>应为“gkml-standard”，实为“%1”</translation>
    </message>
    <message>
        <source>the file is written for a newer GKML (format version %1); update GKML</source>
        <translation>该文件适用于更新版本的 GKML（格式版本 %1），请升级 GKML</translation>
    </message>
    <message>
        <source>must not contain spaces or &quot;@&quot;</source>
        <translation>不能包含空格或“@”</translation>
    </message>
    <message>
        <source>only set fields (channels, audience, method, level, stages) have a vocabulary</source>
        <translation>只有多选字段（channels、audience、method、level、stages）才有取值表</translation>
    </message>
    <message>
        <source>must list at least one value</source>
        <translation>至少要列出一个取值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must also be one of the values</source>
        <translation>“%1”也必须是取值之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the values</source>
        <translation>“%1”不是取值之一</translation>
    </message>
    <message>
        <source>expected a whole number of working days above 0</source>
        <translation>应为大于 0 的整数工作日数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of vocabularies.%2.values</source>
        <translation>“%1”不在 vocabularies.%2.values 之中</translation>
    </message>
    <message>
        <source>the same item (%1 / %2) as items[%3]</source>
        <translation>与 items[%3] 为同一事项（%1 / %2）</translation>
    </message>
    <message>
        <source>a standard needs items (or &quot;includes&quot; naming other standards)</source>
        <translation>标准必须包含 items（或用“includes”引用其他标准）</translation>
    </message>
</context>
<context>
    <name>StandardAdditions</name>
    <message numerus="yes">
        <source>Add %n item(s) from the standard</source>
        <translation>
            <numerusform>从标准补入 %n 个事项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StandardLibrary</name>
    <message>
        <source>Standard file %1: includes: no standard with id &quot;%2&quot; is installed</source>
        <translation>标准文件 %1：includes：未安装 ID 为“%2”的标准</translation>
    </message>
    <message>
        <source>The standard file %1 does not exist.</source>
        <translation>标准文件 %1 不存在。</translation>
    </message>
    <message>
        <source>No standard with id &quot;%1&quot; is installed (available: %2).</source>
        <translation>未安装 ID 为“%1”的标准（已安装：%2）。</translation>
    </message>
    <message>
        <source>Version %1 of the standard &quot;%2&quot; is not installed (available: %3).</source>
        <translation>未安装标准“%2”的 %1 版本（已安装：%3）。</translation>
    </message>
    <message>
        <source>The catalogue follows the standard %1 %2, which is not installed. Put its file in the standards folder or give --standard PATH.</source>
        <translation>目录采用的标准 %1 %2 未安装。请将该标准文件放入标准文件夹，或用 --standard PATH 指定。</translation>
    </message>
</context>
<context>
    <name>SubmissionPackage</name>
    <message>
        <source>No temporary folder is available to prepare the package: %1</source>
        <translation>没有可用的临时文件夹来准备报送包：%1</translation>
    </message>
    <message>
        <source>The package cannot hold a file named &quot;%1&quot;.</source>
        <translation>报送包中不能包含名为“%1”的文件。</translation>
    </message>
    <message>
        <source>Could not write %1 for the package: %2</source>
        <translation>无法为报送包写入 %1：%2</translation>
    </message>
    <message>
        <source>The package has no content.</source>
        <translation>报送包没有内容。</translation>
    </message>
    <message>
        <source>The package has not been built.</source>
        <translation>报送包尚未生成。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是一个文件夹。</translation>
    </message>
    <message>
        <source>Could not save the package as %1: %2</source>
        <translation>无法将报送包保存为 %1：%2</translation>
    </message>
</context>
<context>
    <name>TableSheet</name>
    <message>
        <source>Printing needs the graphical part of Qt (QGuiApplication).</source>
        <translation>打印需要 Qt 图形组件（QGuiApplication）。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>TemplateMapper</name>
    <message>
        <source>The merged cells of &quot;%1&quot; cover more cells than GKML reads safely; check that this is the right file, or unmerge the cells and save it again.</source>
        <translation>“%1”中合并单元格覆盖的范围超出 GKML 能安全读取的大小；请确认文件是否正确，或取消合并单元格后重新保存。</translation>
    </message>
    <message>
        <source>Row %1 of &quot;%2&quot; is not an item and was skipped: %3</source>
        <translation>“%2”第%1行不是事项，已跳过：%3</translation>
    </message>
    <message>
        <source>The required column %1 was not found in the header of &quot;%2&quot;. GKML looks for a header row (一级事项, 二级事项, 公开内容 …) in the first %3 rows of each sheet or table.</source>
        <translation>“%2”的表头中没有找到必需的列%1。GKML 在每个工作表或表格的前%3行中查找表头（一级事项、二级事项、公开内容……）。</translation>
    </message>
    <message>
        <source>The required column(s) %1 were not found in the header of &quot;%2&quot;%3.</source>
        <translation>“%2”的表头中没有找到必需的列%1%3。</translation>
    </message>
    <message>
        <source> (or give the domain with --domain)</source>
        <translation>（或用 --domain 给出领域）</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a catalogue field; its values are kept in 备注 (note).</source>
        <translation>“%1”列不是目录字段，其内容保存在备注中。</translation>
    </message>
    <message>
        <source>Row %1 has more cells than the header (cell %2 of %3); a value probably contains an unquoted comma.</source>
        <translation>第%1行的单元格比表头多（第%2个，表头共%3列）；可能有内容含有未加引号的逗号。</translation>
    </message>
    <message>
        <source>Row %1 is not an item and was skipped: %2</source>
        <translation>第%1行不是事项，已跳过：%2</translation>
    </message>
    <message>
        <source>Row %1: the %2 cell says &quot;%3&quot;; it was taken as ticked.</source>
        <translation>第%1行：“%2”单元格写的是“%3”，已按勾选处理。</translation>
    </message>
    <message>
        <source>Row %1 does not say its domain (领域); fill it in or give --domain.</source>
        <translation>第%1行没有写明领域；请填写，或用 --domain 给出。</translation>
    </message>
    <message>
        <source>two-row header in rows %1-%2, %3 columns recognised</source>
        <translation>第%1-%2行为两行表头，识别出%3列</translation>
    </message>
    <message>
        <source>header in row %1, %2 columns recognised</source>
        <translation>第%1行为表头，识别出%2列</translation>
    </message>
    <message>
        <source>The file holds no catalogue items.</source>
        <translation>文件中没有目录事项。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no catalogue header and was skipped.</source>
        <translation>“%1”没有目录表头，已跳过。</translation>
    </message>
    <message>
        <source>domain %1 from the title</source>
        <translation>领域“%1”取自标题</translation>
    </message>
    <message>
        <source>domain %1 from the sheet name</source>
        <translation>领域“%1”取自工作表名称</translation>
    </message>
    <message>
        <source>domain %1 from the file name</source>
        <translation>领域“%1”取自文件名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; records no merged cells: %2 blank 一级事项 cells took the item name of the row above, as a merged cell would. Check them in the preview.</source>
        <translation>“%1”未记录合并单元格：%2 个空白的一级事项单元格已按合并单元格的含义沿用上一行的事项名称，请在预览中核对。</translation>
    </message>
    <message>
        <source>%1 (&quot;%2&quot;)</source>
        <translation>%1（“%2”）</translation>
    </message>
    <message>
        <source>The header of &quot;%1&quot; is ambiguous: the cells %2 all mean %3, so GKML cannot tell which column to read. Keep one of them (rename or delete the others) and import again.</source>
        <translation>“%1”的表头有歧义：单元格 %2 都表示“%3”，无法确定应读取哪一列。请只保留其中一列（删除其余各列或改用其他列名）后重新导入。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>Unknown encoding &quot;%1&quot;; use auto, utf-8 or gb18030.</source>
        <translation>不认识的编码“%1”；请用 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>This is not a text file.</source>
        <translation>这不是文本文件。</translation>
    </message>
    <message>
        <source>The file says it is UTF-8 but contains invalid characters.</source>
        <translation>文件标明是 UTF-8 编码，但含有无效字符。</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but contains invalid characters.</source>
        <translation>文件标明是 UTF-16 编码，但含有无效字符。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8; try --encoding gb18030.</source>
        <translation>文件不是有效的 UTF-8 编码；请试用 --encoding gb18030。</translation>
    </message>
    <message>
        <source>This computer cannot decode GB18030 text; save the file as UTF-8 and try again.</source>
        <translation>本机无法解码 GB18030 文本；请把文件另存为 UTF-8 后再试。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本。</translation>
    </message>
</context>
<context>
    <name>TownshipBoards</name>
    <message>
        <source>The catalogue has no townships yet: add them first.</source>
        <translation>本目录还没有乡镇（街道），请先添加。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>TownshipList</name>
    <message>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>The list names no township.</source>
        <translation>名单中没有乡镇（街道）名称。</translation>
    </message>
</context>
<context>
    <name>TownshipStore</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>目录文件以只读方式打开：%1</translation>
    </message>
    <message>
        <source>A township needs a name.</source>
        <translation>乡镇（街道）名称不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1…&quot; is too long for a township name (at most %2 characters).</source>
        <translation>“%1…”作为乡镇（街道）名称过长（最多%2个字）。</translation>
    </message>
    <message>
        <source>The township name &quot;%1&quot; contains a character that cannot be used in a file name.</source>
        <translation>乡镇（街道）名称“%1”含有不能用于文件名的字符。</translation>
    </message>
    <message>
        <source>The townships cannot be read: %1</source>
        <translation>无法读取乡镇（街道）名单：%1</translation>
    </message>
    <message>
        <source>There is already a township named %1.</source>
        <translation>已有名为%1的乡镇（街道）。</translation>
    </message>
    <message>
        <source>The township&apos;s own items cannot be read: %1</source>
        <translation>无法读取该乡镇（街道）自行增加的事项：%1</translation>
    </message>
    <message>
        <source>The township is no longer in the catalogue.</source>
        <translation>该乡镇（街道）已不在目录中。</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>The built-in holiday data is missing.</source>
        <translation>内置的节假日数据缺失。</translation>
    </message>
    <message>
        <source>%1: not a list of local rest days {&quot;off&quot;: [&quot;YYYY-MM-DD&quot;, ...]}</source>
        <translation>%1：不是本地休息日列表（格式应为 {&quot;off&quot;: [&quot;YYYY-MM-DD&quot;, ...]}）</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>%1: not a holiday file (it needs {&quot;years&quot;: {&quot;2027&quot;: {&quot;off&quot;: [...], &quot;work&quot;: [...]}}})</source>
        <translation>%1：不是节假日文件（应为 {&quot;years&quot;: {&quot;2027&quot;: {&quot;off&quot;: [...], &quot;work&quot;: [...]}}}）</translation>
    </message>
    <message>
        <source>%1: year &quot;%2&quot; is malformed%3</source>
        <translation>%1：“%2”年的数据格式有误%3</translation>
    </message>
    <message>
        <source> (bad date &quot;%1&quot;)</source>
        <translation>（日期“%1”有误）</translation>
    </message>
    <message>
        <source>%1 is not a year.</source>
        <translation>%1 不是有效年份。</translation>
    </message>
    <message>
        <source>Enter the holidays of %1 (and its make-up working days, if any).</source>
        <translation>请填写 %1 年的放假日期（如有调休上班日，一并填写）。</translation>
    </message>
    <message>
        <source>%1 is not a day of %2.</source>
        <translation>%1 不是 %2 年的日期。</translation>
    </message>
    <message>
        <source>%1 cannot be both a holiday and a make-up working day.</source>
        <translation>%1 不能既是放假日又是调休上班日。</translation>
    </message>
    <message>
        <source>No folder for calendar years can be created (%1).</source>
        <translation>无法创建日历数据文件夹（%1）。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>XlsReader</name>
    <message>
        <source>This build of GKML cannot read Excel 97-2003 workbooks (.xls). Open &quot;%1&quot; in Excel or WPS, save it as .xlsx, then import that file.</source>
        <translation>此版本的 GKML 不能读取 Excel 97-2003 工作簿（.xls）。请用 Excel 或 WPS 打开“%1”，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MB; GKML does not read .xls files that large.</source>
        <translation>“%1”超过 %2 MB，GKML 不读取这么大的 .xls 文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel 97-2003 workbook (.xls): it is damaged or a file of another kind.</source>
        <translation>“%1”不是 Excel 97-2003 工作簿（.xls）：文件已损坏或是其他类型的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected by a password. Open it in Excel or WPS, remove the password (save without encryption), then import it again.</source>
        <translation>“%1”设有密码保护。请用 Excel 或 WPS 打开，取消密码（不加密保存）后重新导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or is not an Excel workbook: GKML cannot read its sheets. Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation>“%1”已损坏或不是 Excel 工作簿，GKML 无法读取其中的工作表。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (it may be a Word document). Save the catalogue as .xlsx or .docx, then import that file.</source>
        <translation>“%1”不是 Excel 工作簿（可能是 Word 文档）。请将目录另存为 .xlsx 或 .docx 后再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no worksheets.</source>
        <translation>“%1”中没有工作表。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 cells; GKML reads at most that many. Check that this is the right file, or split it into smaller workbooks.</source>
        <translation>工作簿的单元格超过 %1 个，超出 GKML 的读取上限。请确认文件是否正确，或拆分为几个较小的工作簿。</translation>
    </message>
    <message>
        <source>The workbook holds more text than GKML reads safely (%1 million characters). Check that this is the right file, or split it into smaller workbooks.</source>
        <translation>工作簿中的文字超过 GKML 可安全读取的数量（%1 百万字）。请确认文件是否正确，或拆分为几个较小的工作簿。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot;: the formula cells %2 have no value GKML can read (an error value or an old format); they were read as empty. Check them in Excel.</source>
        <translation>工作表“%1”：公式单元格 %2 没有可读取的值（错误值或旧格式），已按空白读取。请在 Excel 中核对。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no cells in the file and was skipped.</source>
        <translation>工作表“%1”没有内容，已跳过。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no cells: every sheet is empty.</source>
        <translation>“%1”没有内容：所有工作表均为空。</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The workbook holds more text than GKML reads safely (%1 million characters). Check that this is the right file, or split it into smaller workbooks.</source>
        <translation>工作簿中的文字超出 GKML 能安全读取的数量（%1百万字）。请确认文件是否正确，或拆分成较小的工作簿。</translation>
    </message>
    <message>
        <source>The workbook is incomplete: its part &quot;%1&quot; is missing.</source>
        <translation>工作簿不完整：缺少组成部分“%1”。</translation>
    </message>
    <message>
        <source>The workbook is too large to read safely: its part &quot;%1&quot; unpacks to more than %2 MB (a damaged file or a zip bomb). Check that this is the right file.</source>
        <translation>工作簿太大，无法安全读取：组成部分“%1”解压后超过%2 MB（文件已损坏或是压缩炸弹）。请确认文件是否正确。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; cannot be found.</source>
        <translation>工作簿已损坏：找不到组成部分“%1”。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; cannot be unpacked.</source>
        <translation>工作簿已损坏：组成部分“%1”无法解压。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; is not valid XML (%2, line %3).</source>
        <translation>工作簿已损坏：组成部分“%1”不是有效的 XML（%2，第%3行）。</translation>
    </message>
    <message>
        <source>The workbook is damaged: its part &quot;%1&quot; fails its checksum.</source>
        <translation>工作簿已损坏：组成部分“%1”校验失败。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 different texts (sharedStrings); GKML reads at most that many. Check that this is the right file, or split it.</source>
        <translation>工作簿中不同的文字超过%1条（sharedStrings），GKML 最多只读取这么多。请确认文件是否正确，或将其拆分。</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; refers to a missing text (cell %2).</source>
        <translation>工作簿已损坏：工作表“%1”引用了不存在的文字（单元格%2）。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 cells; GKML reads at most that many. Split it into smaller workbooks.</source>
        <translation>工作簿超过%1个单元格，GKML 最多只读取这么多。请拆分成较小的工作簿。</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; has a row number out of range.</source>
        <translation>工作簿已损坏：工作表“%1”的行号超出范围。</translation>
    </message>
    <message>
        <source>The workbook is damaged: sheet &quot;%1&quot; has a bad cell reference &quot;%2&quot;.</source>
        <translation>工作簿已损坏：工作表“%1”中的单元格引用“%2”有误。</translation>
    </message>
    <message>
        <source>Cannot open &quot;%1&quot;: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it as .xlsx, then import that file.</source>
        <translation>“%1”是旧版 Excel 97-2003 工作簿（.xls）。请用 Excel 或 WPS 打开并另存为 .xlsx，再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Excel workbook (.xlsx): it is damaged or a file of another kind.</source>
        <translation>“%1”不是 Excel 工作簿（.xlsx）：文件已损坏或是其他类型的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: it cannot be opened as an Excel workbook (.xlsx).</source>
        <translation>“%1”已损坏或不完整，无法作为 Excel 工作簿（.xlsx）打开。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is damaged or incomplete: its table of contents cannot be read.</source>
        <translation>“%1”已损坏或不完整：无法读取其目录结构。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an OpenDocument spreadsheet (.ods). Save it as .xlsx, then import that file.</source>
        <translation>“%1”是 OpenDocument 电子表格（.ods）。请另存为 .xlsx，再导入。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a zip file but not an Excel workbook (it has no workbook part).</source>
        <translation>“%1”是 zip 文件，但不是 Excel 工作簿（缺少 workbook 部分）。</translation>
    </message>
    <message>
        <source>Sheet &quot;%1&quot; has no cells in the file and was skipped.</source>
        <translation>工作表“%1”中没有单元格，已跳过。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no worksheets.</source>
        <translation>“%1”中没有工作表。</translation>
    </message>
    <message>
        <source>a text holds an unknown character reference</source>
        <translation>有一段文字含有无法识别的字符引用</translation>
    </message>
    <message>
        <source>the sheet ends inside cell %1</source>
        <translation>工作表在单元格 %1 中间就结束了</translation>
    </message>
    <message>
        <source>cell %1 holds an unknown character reference</source>
        <translation>单元格 %1 含有无法识别的字符引用</translation>
    </message>
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1 of item %2 (%3) is longer than %4 characters, the most an Excel cell holds; shorten it.</source>
        <translation>事项%2（%3）的%1超过%4个字符，超出 Excel 单元格的容量；请删减。</translation>
    </message>
    <message>
        <source>Packing the workbook failed: %1</source>
        <translation>工作簿打包失败：%1</translation>
    </message>
</context>
<context>
    <name>XmlTagScanner</name>
    <message>
        <source>the text ends inside a tag</source>
        <translation>文本在一个标签中间就结束了</translation>
    </message>
    <message>
        <source>a comment is not closed</source>
        <translation>有一段注释没有结束</translation>
    </message>
    <message>
        <source>a CDATA section is not closed</source>
        <translation>有一段 CDATA 没有结束</translation>
    </message>
    <message>
        <source>it holds a document type declaration, which spreadsheets never have</source>
        <translation>其中含有文档类型声明（电子表格不会有这种内容）</translation>
    </message>
    <message>
        <source>a processing instruction is not closed</source>
        <translation>有一条处理指令没有结束</translation>
    </message>
    <message>
        <source>a tag has no name</source>
        <translation>有一个标签没有名称</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>This is not a zip file, or the zip file is damaged.</source>
        <translation>这不是 zip 压缩文件，或压缩文件已损坏。</translation>
    </message>
    <message>
        <source>The zip file is damaged (its table of contents cannot be read).</source>
        <translation>zip 压缩文件已损坏（无法读取其文件目录）。</translation>
    </message>
    <message>
        <source>The zip file holds too many files to be a GKML package.</source>
        <translation>zip 压缩文件中的文件过多，不可能是 GKML 报送包。</translation>
    </message>
    <message>
        <source>The zip file is too large to be a GKML package.</source>
        <translation>zip 压缩文件过大，不可能是 GKML 报送包。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; inside the zip cannot be read (it may be encrypted or damaged).</source>
        <translation>无法读取压缩文件中的“%1”（可能已加密或损坏）。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; inside the zip is damaged.</source>
        <translation>压缩文件中的“%1”已损坏。</translation>
    </message>
    <message>
        <source>Could not start the zip file.</source>
        <translation>无法创建 zip 压缩文件。</translation>
    </message>
    <message>
        <source>Refused to store the unsafe path &quot;%1&quot; in a zip file.</source>
        <translation>已拒绝在压缩文件中存入不安全的路径“%1”。</translation>
    </message>
    <message>
        <source>Could not add &quot;%1&quot; to the zip file.</source>
        <translation>无法将“%1”添加到压缩文件。</translation>
    </message>
    <message>
        <source>Could not finish the zip file.</source>
        <translation>无法完成 zip 压缩文件。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a zip file.</source>
        <translation>这是一个文件夹，不是 zip 压缩文件。</translation>
    </message>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; is missing from the zip file.</source>
        <translation>压缩文件中缺少文件“%1”。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; inside the zip unpacks to more than %2 MB.</source>
        <translation>压缩文件中的“%1”解压后超过 %2 MB。</translation>
    </message>
</context>
<context>
    <name>gkml::CalendarYearDialog</name>
    <message>
        <source>Add a calendar year</source>
        <translation>添加日历年份</translation>
    </message>
    <message>
        <source>e.g. 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕N号)</source>
        <translation>如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）</translation>
    </message>
    <message>
        <source>Holidays, one date or range per line:
2027-01-01
2027-02-05~2027-02-11</source>
        <translation>放假日期，每行一个日期或日期段：
2027-01-01
2027-02-05~2027-02-11</translation>
    </message>
    <message>
        <source>Weekend days made working days (调休), e.g.
2027-02-13</source>
        <translation>调休上班的周末日期，如：
2027-02-13</translation>
    </message>
    <message>
        <source>Saved in %1; it replaces the built-in data of that year.</source>
        <translation>保存在 %1；将替换该年份的内置数据。</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Notice:</source>
        <translation>通知文件：</translation>
    </message>
    <message>
        <source>Holidays (放假):</source>
        <translation>放假日期：</translation>
    </message>
    <message>
        <source>Make-up working days (调休上班):</source>
        <translation>调休上班日期：</translation>
    </message>
    <message>
        <source>%1 already has data (%2): saving replaces it.</source>
        <translation>%1 年已有日历数据（%2），保存后将替换。</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2027-10-01 or 2027-10-01~2027-10-07).</source>
        <translation>“%1”不是有效日期（请写作 2027-10-01 或 2027-10-01~2027-10-07）。</translation>
    </message>
</context>
<context>
    <name>gkml::CatalogueEditor</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>目录以只读方式打开：%1</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>该事项已不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>上移事项</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>下移事项</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>导入 %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Import: %1 updated, %2 added</source>
        <translation>导入：更新 %1 项，新增 %2 项</translation>
    </message>
</context>
<context>
    <name>gkml::CatalogueFile</name>
    <message>
        <source>The SQLite support of Qt is missing (QSQLITE driver); please reinstall GKML.</source>
        <translation>缺少 Qt 的 SQLite 支持（QSQLITE 驱动），请重新安装 GKML。</translation>
    </message>
    <message>
        <source>This file is a database, but not a GKML catalogue.</source>
        <translation>此文件是数据库，但不是 GKML 目录。</translation>
    </message>
    <message>
        <source>This file belongs to another program, not to GKML.</source>
        <translation>此文件属于其他程序，不是 GKML 的文件。</translation>
    </message>
    <message>
        <source>The catalogue file is damaged (%1). Open a copy or a backup instead.</source>
        <translation>目录文件已损坏（%1）。请改为打开副本或备份。</translation>
    </message>
    <message>
        <source>Could not create the catalogue: %1</source>
        <translation>无法创建目录：%1</translation>
    </message>
    <message>
        <source>Could not update the catalogue to this version of GKML: %1</source>
        <translation>无法将目录升级到此版本的 GKML：%1</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>已存在同名文件，请换一个名称。</translation>
    </message>
    <message>
        <source>Could not create the catalogue file.</source>
        <translation>无法创建目录文件。</translation>
    </message>
    <message>
        <source>Could not create the catalogue file: the folder may be read-only.</source>
        <translation>无法创建目录文件：文件夹可能是只读的。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>This is a folder, not a catalogue file.</source>
        <translation>这是一个文件夹，不是目录文件。</translation>
    </message>
    <message>
        <source>You are not allowed to read this file.</source>
        <translation>您没有读取此文件的权限。</translation>
    </message>
    <message>
        <source>This is not a GKML catalogue file (it is not a database).</source>
        <translation>这不是 GKML 目录文件（不是数据库文件）。</translation>
    </message>
    <message>
        <source>The folder of this file is read-only.</source>
        <translation>此文件所在的文件夹是只读的。</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>文件是只读的。</translation>
    </message>
    <message>
        <source>%1 on %2 has had this catalogue open for editing since %3.</source>
        <translation>%2 上的 %1 自 %3 起正在编辑此目录。</translation>
    </message>
    <message>
        <source>This catalogue was saved by a newer version of GKML; please update GKML to open it.</source>
        <translation>此目录由更新版本的 GKML 保存，请升级 GKML 后再打开。</translation>
    </message>
    <message>
        <source>This catalogue was saved by an older version of GKML and must be updated, but it cannot be changed now: %1</source>
        <translation>此目录由旧版本的 GKML 保存，需要升级，但目前无法修改：%1</translation>
    </message>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>目录以只读方式打开：%1</translation>
    </message>
    <message>
        <source>The item no longer exists.</source>
        <translation>该事项已不存在。</translation>
    </message>
    <message>
        <source>Choose another file name for the copy.</source>
        <translation>请为副本换一个文件名。</translation>
    </message>
    <message>
        <source>Could not write the copy: the folder may be read-only.</source>
        <translation>无法写入副本：文件夹可能是只读的。</translation>
    </message>
    <message>
        <source>The catalogue was not closed properly (GKML or the computer stopped while saving) and can only be repaired where it may be changed: open it once for editing from a writable folder, together with its &quot;-journal&quot; file.</source>
        <translation>目录上次未正常关闭（保存时 GKML 或电脑中断），只能在可修改的位置修复：请将它连同“-journal”文件放在可写的文件夹中，以编辑方式打开一次。</translation>
    </message>
    <message>
        <source>The catalogue could not be read or written: %1</source>
        <translation>无法读写目录：%1</translation>
    </message>
    <message>
        <source>The folder %1 could not be created: choose another place.</source>
        <translation>无法创建文件夹 %1，请选择其他位置。</translation>
    </message>
    <message>
        <source>Another window is opening this catalogue for editing at this moment. Close this one and open the file again in a few seconds.</source>
        <translation>另一个窗口此刻正在打开这份目录进行编辑。请关闭本窗口，几秒钟后再打开此文件。</translation>
    </message>
</context>
<context>
    <name>gkml::CatalogueSession</name>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>standard %1 %2</source>
        <translation>标准 %1 %2</translation>
    </message>
    <message>
        <source>The standard&apos;s items could not be added.</source>
        <translation>无法添加标准中的事项。</translation>
    </message>
</context>
<context>
    <name>gkml::ChangesDialog</name>
    <message>
        <source>Changes Since a Submitted Edition</source>
        <translation>自报送版本以来的变化</translation>
    </message>
    <message>
        <source>Edition %1 of %2 (%3 items, %4)</source>
        <translation>版本 %1，%2（%3 个事项，%4）</translation>
    </message>
    <message>
        <source>Item / field</source>
        <translation>事项 / 字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>原内容</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现内容</translation>
    </message>
    <message>
        <source>Compare the catalogue now with:</source>
        <translation>将当前目录与以下版本比较：</translation>
    </message>
    <message>
        <source>No submission package has been made from this catalogue yet, so there is no edition to compare with.</source>
        <translation>此目录尚未生成过报送包，因此没有可供比较的版本。</translation>
    </message>
    <message>
        <source>Nothing has changed since this edition.</source>
        <translation>自此版本以来没有任何变化。</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed since this edition.</source>
        <translation>自此版本以来，新增 %1 项，删除 %2 项，修改 %3 项。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>new item</source>
        <translation>新事项</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>was in the edition</source>
        <translation>原在该版本中</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) now withheld (不予公开): kept in the catalogue, left out of the next package.</source>
        <translation>
            <numerusform>%n 个事项已改为不予公开：仍保留在目录中，不进入下次报送包。</numerusform>
        </translation>
    </message>
    <message>
        <source>now withheld (不予公开)</source>
        <translation>改为不予公开</translation>
    </message>
    <message>
        <source>public again</source>
        <translation>恢复公开</translation>
    </message>
</context>
<context>
    <name>gkml::CheckController</name>
    <message>
        <source>Standard: %1 %2</source>
        <translation>标准：%1 %2</translation>
    </message>
    <message>
        <source>No standard: only the form is checked</source>
        <translation>无标准：只检查格式</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条提示</numerusform>
        </translation>
    </message>
    <message>
        <source>No findings: the catalogue passes every check.</source>
        <translation>未发现问题：目录通过了全部检查。</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes. Double-click a finding (or press F8) to go to it.</source>
        <translation>%1 个错误，%2 个警告，%3 条提示。双击某条检查结果（或按 F8）即可定位到该处。</translation>
    </message>
    <message>
        <source>Reading the catalogue…</source>
        <translation>正在读取目录…</translation>
    </message>
</context>
<context>
    <name>gkml::CheckList</name>
    <message>
        <source>Not a value of the standard&apos;s list; uncheck it to remove it.</source>
        <translation>不是标准列表中的取值；取消勾选即可删除。</translation>
    </message>
</context>
<context>
    <name>gkml::ColumnFillDialog</name>
    <message>
        <source>From the &amp;standard (each item takes the standard&apos;s value)</source>
        <translation>按标准补入(&amp;S)（各事项取标准中的值）</translation>
    </message>
    <message>
        <source>One &amp;value for all:</source>
        <translation>统一填写为(&amp;V)：</translation>
    </message>
    <message>
        <source>Fill %1 for All Items</source>
        <translation>为全部事项填写%1</translation>
    </message>
    <message>
        <source>No item of the catalogue fills %1. Fill it:</source>
        <translation>本目录所有事项都没有填写%1。请选择补齐方式：</translation>
    </message>
    <message>
        <source>No item of %1 fills %2. Fill it:</source>
        <translation>%1的所有事项都没有填写%2。请选择补齐方式：</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>填写(&amp;F)</translation>
    </message>
    <message>
        <source>%1 item(s) will be filled.</source>
        <translation>将为 %1 个事项填写。</translation>
    </message>
    <message>
        <source>%1 item(s) are not in the standard and stay empty.</source>
        <translation>%1 个事项不在标准中，仍为空。</translation>
    </message>
</context>
<context>
    <name>gkml::DocumentLedgerWindow</name>
    <message>
        <source>Document register - %1</source>
        <translation>公文登记 - %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>公文</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>新增公文</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Assign index number</source>
        <translation>分配索引号</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Index number pattern…</source>
        <translation>索引号格式…</translation>
    </message>
    <message>
        <source>Print the return list…</source>
        <translation>打印退回清单…</translation>
    </message>
    <message>
        <source>Print the transfer list…</source>
        <translation>打印移交清单…</translation>
    </message>
    <message>
        <source>Search number, title, office…</source>
        <translation>搜索文号、标题、股室…</translation>
    </message>
    <message>
        <source>All attributes</source>
        <translation>全部公开属性</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未标注</translation>
    </message>
    <message>
        <source>Only documents to return</source>
        <translation>只看需退回的公文</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>股室：</translation>
    </message>
    <message>
        <source>Disclosure:</source>
        <translation>公开属性：</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>全部股室</translation>
    </message>
    <message numerus="yes">
        <source>Next transfer to the county archives and library: %1, %n document(s).</source>
        <translation>
            <numerusform>下一次向县档案馆、县图书馆移交：%1，共%n件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next transfer to the county archives and library: %1 (the %2, deferred over the holiday), %n document(s).</source>
        <translation>
            <numerusform>下一次向县档案馆、县图书馆移交：%1（%2遇节假日顺延），共%n件。</numerusform>
        </translation>
    </message>
    <message>
        <source>To hand over: %1</source>
        <translation>待移交：%1</translation>
    </message>
    <message>
        <source> …</source>
        <translation>等</translation>
    </message>
    <message>
        <source>(no holiday data for this year: Monday to Friday assumed)</source>
        <translation>（本年度无节假日数据，按周一至周五计算）</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) to return to their office.</source>
        <translation>
            <numerusform>需退回起草股室的公文%n件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n document(s)</source>
        <translation>
            <numerusform>删除%n件公文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assign %n index number(s)</source>
        <translation>
            <numerusform>分配%n个索引号</numerusform>
        </translation>
    </message>
    <message>
        <source>Index number pattern</source>
        <translation>索引号格式</translation>
    </message>
    <message>
        <source>Organisation code:</source>
        <translation>机构代码：</translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>No document is to be returned.</source>
        <translation>没有需退回的公文。</translation>
    </message>
    <message>
        <source>Save the return list</source>
        <translation>保存退回清单</translation>
    </message>
    <message>
        <source>return-list.pdf</source>
        <translation>公文退回清单.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Documents returned to be redone</source>
        <translation>公文退回重新办理清单</translation>
    </message>
    <message>
        <source>Save the transfer list</source>
        <translation>保存移交清单</translation>
    </message>
    <message>
        <source>transfer-list-%1.pdf</source>
        <translation>移交清单-%1.pdf</translation>
    </message>
    <message>
        <source>List of government information documents handed over</source>
        <translation>政府信息公开文件移交清单</translation>
    </message>
    <message>
        <source>Import ledger…</source>
        <translation>导入发文台账…</translation>
    </message>
    <message>
        <source>Import a Document Ledger</source>
        <translation>导入发文台账</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv)</source>
        <translation>台账 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no documents were found in it.</source>
        <translation>其中没有找到文件记录。</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n document(s) of %1 to the register?</source>
        <translation>
            <numerusform>将“%1”中的 %n 份文件加入公文登记吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Not understood (these rows or values are left out):</source>
        <translation>以下行或内容未能识别，不导入：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>……另有 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n document(s) from %1.</source>
        <translation>
            <numerusform>已从“%1”导入 %n 份文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the handover…</source>
        <translation>登记已移交…</translation>
    </message>
    <message>
        <source>Reprint a recorded list…</source>
        <translation>补打已移交清单…</translation>
    </message>
    <message>
        <source>Nothing is due for the transfer of %1.</source>
        <translation>%1的移交没有待移交的文件。</translation>
    </message>
    <message>
        <source>Record the handover</source>
        <translation>登记已移交</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n document(s) handed over on %1.</source>
        <translation>
            <numerusform>已登记：%1移交 %n 份文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>No transfer has been recorded yet.</source>
        <translation>尚未登记过移交。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (handed over %2, %n document(s))</source>
        <translation>
            <numerusform>%1（%2移交，%n 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Reprint a recorded list</source>
        <translation>补打已移交清单</translation>
    </message>
    <message>
        <source>Transfer day:</source>
        <translation>移交日：</translation>
    </message>
    <message numerus="yes">
        <source>Record that the %n document(s) of the transfer of %1 were handed over to the county archives and library? They then leave the pending list (Undo takes the record back).</source>
        <translation>
            <numerusform>登记%1这一批的 %n 份文件已移交县档案馆和县图书馆吗？登记后这些文件不再列入待移交（登记错了可用“撤销”收回）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::DocumentStore</name>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>目录以只读方式打开：%1</translation>
    </message>
    <message>
        <source>The 索引号 %1 appears twice (%2).</source>
        <translation>索引号%1出现了两次（%2）。</translation>
    </message>
    <message>
        <source>The 索引号 %1 (%2) is already used by another document in this file.</source>
        <translation>索引号%1（%2）已被本文件中的其他公文使用。</translation>
    </message>
    <message>
        <source>The 索引号 %1 (%2) was given out before and is never used again.</source>
        <translation>索引号%1（%2）已经分配过，不能再次使用。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) from %1</source>
        <translation>
            <numerusform>从%1导入%n件公文</numerusform>
        </translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>该公文已不存在。</translation>
    </message>
    <message>
        <source>%1 was handed to the archives and the library already and stays in the ledger.</source>
        <translation>%1已移交档案馆和图书馆，须保留在登记中。</translation>
    </message>
    <message>
        <source>%1 already has the 索引号 %2.</source>
        <translation>%1已有索引号%2。</translation>
    </message>
    <message>
        <source>No free 索引号 is left for %1.</source>
        <translation>%1年已无可用索引号。</translation>
    </message>
    <message>
        <source>The 索引号 %1 was given out before and is never used again.</source>
        <translation>索引号%1已经分配过，不能再次使用。</translation>
    </message>
    <message>
        <source>The 索引号 %1 is already used by another document in this file.</source>
        <translation>索引号%1已被本文件中的其他公文使用。</translation>
    </message>
    <message>
        <source>The batch holds no document.</source>
        <translation>本批次没有公文。</translation>
    </message>
    <message>
        <source>Document %1 is gone or was handed over in another batch meanwhile; nothing was recorded.</source>
        <translation>公文%1已不存在或已在其他批次中移交，本次未作任何记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) handed over on %1</source>
        <translation>
            <numerusform>%1移交%n件公文</numerusform>
        </translation>
    </message>
    <message>
        <source>This handover is no longer recorded.</source>
        <translation>这次移交登记已不存在。</translation>
    </message>
</context>
<context>
    <name>gkml::DocumentTableModel</name>
    <message>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>成文日期</translation>
    </message>
    <message>
        <source>Drafting office</source>
        <translation>起草股室</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>公开属性</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>不公开理由</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>保密审查人</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <source>Index number</source>
        <translation>索引号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>移交</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>第%1批</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 2026-03-05.</source>
        <translation>“%1”不是日期，请按2026-03-05格式填写。</translation>
    </message>
    <message>
        <source>The disclosure attribute is 主动公开, 依申请公开 or 不予公开.</source>
        <translation>公开属性只能是主动公开、依申请公开或不予公开。</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>修改%1</translation>
    </message>
</context>
<context>
    <name>gkml::DomainTreeModel</name>
    <message>
        <source>All items (%1)</source>
        <translation>全部事项（%1）</translation>
    </message>
    <message>
        <source>(no domain)</source>
        <translation>（无领域）</translation>
    </message>
    <message>
        <source>(no level-1 item)</source>
        <translation>（无一级事项）</translation>
    </message>
</context>
<context>
    <name>gkml::ExportDialog</name>
    <message>
        <source>Include withheld (不予公开) items — for a private backup only</source>
        <translation>包含不予公开事项（仅用于内部备份）</translation>
    </message>
    <message>
        <source>Include the 责任股室 column</source>
        <translation>包含“责任股室”列</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (.csv)</source>
        <translation>CSV 表格 (.csv)</translation>
    </message>
    <message>
        <source>JSON data (.json)</source>
        <translation>JSON 数据 (.json)</translation>
    </message>
    <message>
        <source>Web page table (.html)</source>
        <translation>网页表格 (.html)</translation>
    </message>
    <message>
        <source>UTF-8 (with BOM; opens in Excel and WPS)</source>
        <translation>UTF-8（带 BOM，可在 Excel 和 WPS 中打开）</translation>
    </message>
    <message>
        <source>GB18030 (for old programs)</source>
        <translation>GB18030（用于旧程序）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Word 文档（.docx）</translation>
    </message>
</context>
<context>
    <name>gkml::FileCommands</name>
    <message>
        <source>&amp;New Catalogue…</source>
        <translation>新建目录(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print Board Sheets…</source>
        <translation>打印公开栏张贴表(&amp;P)…</translation>
    </message>
    <message>
        <source>Preview and print the sheets for the notice board</source>
        <translation>预览并打印公开栏张贴表</translation>
    </message>
    <message>
        <source>Submission &amp;Package…</source>
        <translation>报送包(&amp;P)…</translation>
    </message>
    <message>
        <source>The zip for the county office: xlsx, csv, json, html, pdf and the check report</source>
        <translation>报送县政务公开办的 zip 压缩包：含 xlsx、csv、json、html、pdf 和检查报告</translation>
    </message>
    <message>
        <source>C&amp;hanges Since Last Submission…</source>
        <translation>自上次报送以来的变化(&amp;H)…</translation>
    </message>
    <message>
        <source>What was added, removed or changed since a submission package was made</source>
        <translation>自生成报送包以来新增、删除或修改了哪些内容</translation>
    </message>
    <message>
        <source>Open Catalogue</source>
        <translation>打开目录</translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml);;All files (*)</source>
        <translation>GKML 目录 (*.gkml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml)</source>
        <translation>GKML 目录 (*.gkml)</translation>
    </message>
    <message>
        <source>The copy was not saved.</source>
        <translation>副本未保存。</translation>
    </message>
    <message>
        <source>Copy saved: %1</source>
        <translation>副本已保存：%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.docx *.csv *.txt *.html *.htm *.json *.doc *.wps *.et);;All files (*)</source>
        <translation>表格 (*.xlsx *.xls *.docx *.csv *.txt *.html *.htm *.json *.doc *.wps *.et);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>导入 %n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n item(s).</source>
        <translation>
            <numerusform>已导入 %n 个事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was not written.</source>
        <translation>未能导出。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Print Board Sheets</source>
        <translation>打印公开栏张贴表</translation>
    </message>
    <message>
        <source>The sheets could not be printed.</source>
        <translation>张贴表未能打印。</translation>
    </message>
    <message>
        <source>The package was not made.</source>
        <translation>未生成报送包。</translation>
    </message>
</context>
<context>
    <name>gkml::FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Show only rows whose %1 contains this text</source>
        <translation>只显示%1中包含此文字的行</translation>
    </message>
</context>
<context>
    <name>gkml::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
</context>
<context>
    <name>gkml::FindingsPanel</name>
    <message>
        <source>Add from Standard</source>
        <translation>从标准补入</translation>
    </message>
    <message>
        <source>Puts the standard&apos;s row, with every field it gives, into the catalogue (Enter)</source>
        <translation>把标准中的这一行连同各项内容补入目录（Enter）</translation>
    </message>
    <message>
        <source>&amp;Go to Item</source>
        <translation>转到事项(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add from Standard</source>
        <translation>从标准补入(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Fill the Column for All Items…</source>
        <translation>为全部事项补齐这一列(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>gkml::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Only needed when the file does not name the domain</source>
        <translation>仅在文件中未写明领域时需要</translation>
    </message>
    <message>
        <source>Add to Catalogue</source>
        <translation>添加到目录</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入该文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) found.</source>
        <translation>
            <numerusform>找到 %n 个事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Layout: %1</source>
        <translation>版式：%1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Unit named in the file: %1</source>
        <translation>文件中写明的单位：%1</translation>
    </message>
    <message>
        <source>Update the matching items, add the new rows</source>
        <translation>更新相同的事项，新增其余各行</translation>
    </message>
    <message>
        <source>Add every row as a new item (matching items are doubled)</source>
        <translation>每行都作为新事项添加（相同的事项会重复）</translation>
    </message>
    <message>
        <source>Leave the matching items as they are, add the new rows</source>
        <translation>相同的事项保持不变，只新增其余各行</translation>
    </message>
    <message>
        <source>Item / field</source>
        <translation>事项 / 字段</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>目录中</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中</translation>
    </message>
    <message>
        <source>Changes to existing items</source>
        <translation>对已有事项的修改</translation>
    </message>
    <message>
        <source>Rows in the file</source>
        <translation>文件中的各行</translation>
    </message>
    <message>
        <source>Convert with LibreOffice</source>
        <translation>用 LibreOffice 转换</translation>
    </message>
    <message>
        <source>GKML cannot read &quot;%1&quot; itself. Convert it with LibreOffice, which is installed on this computer? The original file is not changed.</source>
        <translation>GKML 不能直接读取“%1”。是否用本机已安装的 LibreOffice 转换后导入？原文件不会被修改。</translation>
    </message>
    <message numerus="yes">
        <source>Compared with the %n item(s) in the catalogue: %1.</source>
        <translation>
            <numerusform>与目录中已有的 %n 个事项比对：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import (%1 updated, %2 added)</source>
        <translation>导入（更新 %1 项，新增 %2 项）</translation>
    </message>
    <message>
        <source>Imported: %1 updated, %2 added, %3 identical.</source>
        <translation>导入完成：更新 %1 项，新增 %2 项，相同 %3 项。</translation>
    </message>
    <message numerus="yes">
        <source>Join the content rows that share an item name into one item (%n item name(s) have several rows; otherwise each row is an item)</source>
        <translation>
            <numerusform>将同一事项名称下的多行公开内容合并为一个事项（有%n个事项名称下有多行；不合并则每行为一个事项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::InspectionDialog</name>
    <message>
        <source>%1 items: %2 on time, %3 late, %4 never published, %5 not updated, %6 without a date</source>
        <translation>共 %1 个事项：按时公开 %2 个，逾期公开 %3 个，未公开 %4 个，未及时更新 %5 个，无发布日期 %6 个</translation>
    </message>
    <message>
        <source>Self-inspection (考核自查)</source>
        <translation>考核自查</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>全部股室</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Not ok</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>责任股室：</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级事项</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级事项</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>公开状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>公开期限</translation>
    </message>
    <message>
        <source>Last published</source>
        <translation>最近发布</translation>
    </message>
    <message>
        <source>Domain / office</source>
        <translation>领域／股室</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时公开</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期公开</translation>
    </message>
    <message>
        <source>Never published</source>
        <translation>未公开</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>未及时更新</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无发布日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题明细</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>整改要求</translation>
    </message>
    <message>
        <source>Fix by</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题清单</translation>
    </message>
    <message>
        <source>Some due dates fall in a year without holiday data and were counted Monday to Friday (marked *).</source>
        <translation>部分期限所在年份缺少节假日数据，已按周一至周五计算（标 *）。</translation>
    </message>
    <message>
        <source>By domain</source>
        <translation>按领域</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>按股室</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题清单（%1）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>整改结果</translation>
    </message>
    <message>
        <source>五公开 coverage</source>
        <translation>五公开覆盖情况</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export the self-inspection</source>
        <translation>导出考核自查报告</translation>
    </message>
    <message>
        <source>self-inspection-%1.%2</source>
        <translation>考核自查-%1.%2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>报告未保存：%1</translation>
    </message>
</context>
<context>
    <name>gkml::ItemBrowser</name>
    <message>
        <source>Search all columns (e.g. 低保)…</source>
        <translation>在所有列中搜索（如“低保”）…</translation>
    </message>
</context>
<context>
    <name>gkml::ItemForm</name>
    <message>
        <source>Not disclosed (negative list)</source>
        <translation>不予公开（负面清单）</translation>
    </message>
    <message>
        <source>Select an item in the table to see it here.</source>
        <translation>在表格中选择一个事项，即可在此查看。</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>标准：%1</translation>
    </message>
</context>
<context>
    <name>gkml::ItemTableModel</name>
    <message>
        <source>The domain (领域) the item belongs to, e.g. 社会救助.</source>
        <translation>事项所属的领域，如“社会救助”。</translation>
    </message>
    <message>
        <source>Display order inside the domain. Use Move Up/Down to change it.</source>
        <translation>在领域内的排列顺序。可用“上移”/“下移”调整。</translation>
    </message>
    <message>
        <source>Required. The level-1 item (一级事项) as named in the standard.</source>
        <translation>必填。一级事项，名称与标准一致。</translation>
    </message>
    <message>
        <source>Required. The level-2 item (二级事项): what exactly is disclosed.</source>
        <translation>必填。二级事项：具体公开什么。</translation>
    </message>
    <message>
        <source>Optional. Some provinces use a third level.</source>
        <translation>选填。部分省份设有三级事项。</translation>
    </message>
    <message>
        <source>Required. The elements disclosed (公开内容), one per line if several.</source>
        <translation>必填。公开内容（要素），多项时每行一项。</translation>
    </message>
    <message>
        <source>Required. The laws and documents requiring the disclosure (公开依据).</source>
        <translation>必填。要求公开的法律法规和文件（公开依据）。</translation>
    </message>
    <message>
        <source>Required. When it is disclosed, e.g. 信息形成或者变更之日起20个工作日内 (at most 20 working days, Regulations Art. 26).</source>
        <translation>必填。何时公开，如“信息形成或者变更之日起20个工作日内”（《条例》第二十六条：最长20个工作日）。</translation>
    </message>
    <message>
        <source>Required. The body that discloses (公开主体), e.g. 县民政局.</source>
        <translation>必填。负责公开的单位（公开主体），如“县民政局”。</translation>
    </message>
    <message>
        <source>Required. Where it is published: one or more of the 13 channels of the template, separated by 、.</source>
        <translation>必填。在哪里公开：从模板的13种渠道中选择一种或多种，用“、”分隔。</translation>
    </message>
    <message>
        <source>Required. 全社会 (everyone) and/or 特定群体 (a specific group).</source>
        <translation>必填。全社会和/或特定群体。</translation>
    </message>
    <message>
        <source>Which group, when the audience is 特定群体.</source>
        <translation>公开对象为特定群体时，写明是哪类群体。</translation>
    </message>
    <message>
        <source>Required. 主动 (proactive) and/or 依申请 (on request).</source>
        <translation>必填。主动和/或依申请。</translation>
    </message>
    <message>
        <source>Required. 县级 and/or 乡级: which government level discloses it.</source>
        <translation>必填。县级和/或乡级：由哪一级政府公开。</translation>
    </message>
    <message>
        <source>Optional. Which of the five disclosures (决策/执行/管理/服务/结果) it serves.</source>
        <translation>选填。属于五公开（决策/执行/管理/服务/结果）中的哪些环节。</translation>
    </message>
    <message>
        <source>The office responsible (责任股室). Choose from the list or type a name.</source>
        <translation>负责的股室（责任股室）。可从列表中选择或直接输入。</translation>
    </message>
    <message>
        <source>Checked: the item is on the negative list (不予公开). It stays in the file but never appears in exports, packages or printed sheets.</source>
        <translation>勾选表示该事项列入负面清单（不予公开）。它仍保存在文件中，但不会出现在导出文件、报送包或打印的张贴表中。</translation>
    </message>
    <message>
        <source>Why the item is withheld (the legal basis).</source>
        <translation>不予公开的理由（法律依据）。</translation>
    </message>
    <message>
        <source>Free remarks.</source>
        <translation>其他说明。</translation>
    </message>
</context>
<context>
    <name>gkml::ItemTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>清空单元格(&amp;L)</translation>
    </message>
    <message>
        <source>Empties the selected cells; on whole rows (chosen by their row numbers) deletes the items (Del)</source>
        <translation>清空所选单元格；选中整行（点击行号）时删除这些事项（Del）</translation>
    </message>
    <message>
        <source>&amp;Insert Item</source>
        <translation>插入事项(&amp;I)</translation>
    </message>
    <message>
        <source>D&amp;uplicate Items</source>
        <translation>复制为新事项(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete Items</source>
        <translation>删除事项(&amp;D)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>已复制 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no table cells to paste.</source>
        <translation>剪贴板中没有可粘贴的表格单元格。</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n item(s)</source>
        <translation>
            <numerusform>粘贴 %n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n item(s).</source>
        <translation>
            <numerusform>已粘贴 %n 个事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert item</source>
        <translation>插入事项</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>复制 %n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>已删除 %n 个事项。撤销（Ctrl+Z）可以恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>清空单元格</translation>
    </message>
    <message>
        <source>Insert Item A&amp;bove</source>
        <translation>在上方插入事项(&amp;B)</translation>
    </message>
    <message>
        <source>Insert item above</source>
        <translation>在上方插入事项</translation>
    </message>
</context>
<context>
    <name>gkml::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used the next time GKML starts.
下次启动 GKML 时使用新的语言。</source>
        <translation>下次启动 GKML 时使用新的语言。
The new language is used the next time GKML starts.</translation>
    </message>
</context>
<context>
    <name>gkml::LedgerFlow</name>
    <message>
        <source>&amp;Document Register…</source>
        <translation>公文登记(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>gkml::MainToolBar</name>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>gkml::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Finding</source>
        <translation>上一个问题(&amp;P)</translation>
    </message>
    <message>
        <source>Show Only Items with &amp;Errors</source>
        <translation>只显示有错误的事项(&amp;E)</translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation>清除筛选(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About GKML</source>
        <translation>关于 GKML(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>GKML</source>
        <translation>GKML</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>修改未保存。</translation>
    </message>
    <message>
        <source>Read-only: %1 You can read, search, export and print, but not edit.</source>
        <translation>只读：%1 可以查看、搜索、导出和打印，但不能编辑。</translation>
    </message>
    <message>
        <source>GKML — Disclosure Catalogue Editor</source>
        <translation>GKML — 政务公开事项标准目录编辑器</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（未填单位）</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[只读]</translation>
    </message>
    <message>
        <source>Saved automatically</source>
        <translation>已自动保存</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>No catalogue open. Create one (Ctrl+N) or open one (Ctrl+O).</source>
        <translation>没有打开目录。请新建（Ctrl+N）或打开（Ctrl+O）一个目录。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>About GKML</source>
        <translation>关于 GKML</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GKML %1&lt;/h3&gt;&lt;p&gt;Editor and checker for county disclosure catalogues (政务公开事项标准目录).&lt;/p&gt;&lt;p&gt;Every change is saved the moment it is made; Undo (Ctrl+Z) takes it back.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GKML %1&lt;/h3&gt;&lt;p&gt;县级政务公开事项标准目录的编辑与检查工具。&lt;/p&gt;&lt;p&gt;每次修改都会立即保存；撤销（Ctrl+Z）可以恢复。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>Add &amp;Missing Standard Items of This Domain</source>
        <translation>补入本领域缺少的标准事项(&amp;M)</translation>
    </message>
    <message>
        <source>Every item the standard lists for the chosen domain and the catalogue lacks, in one step</source>
        <translation>一次补入所选领域中标准列有而目录缺少的全部事项</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>发布记录</translation>
    </message>
    <message>
        <source>Nothing to add: the catalogue has every item the standard lists here.</source>
        <translation>无需补入：目录已包含标准在此列出的全部事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added from the standard.</source>
        <translation>
            <numerusform>已从标准补入 %n 个事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only part of the catalogue could be read; do not export or package it.</source>
        <translation>目录只读出了一部分，请不要导出或生成报送包。</translation>
    </message>
</context>
<context>
    <name>gkml::NewCatalogueDialog</name>
    <message>
        <source>Start with the standard&apos;s items of the checked domains</source>
        <translation>以标准中所勾选领域的事项作为初始内容</translation>
    </message>
    <message>
        <source>New Catalogue</source>
        <translation>新建目录</translation>
    </message>
    <message>
        <source>e.g. 安溪县民政局</source>
        <translation>如：安溪县民政局</translation>
    </message>
    <message>
        <source>e.g. 福建省泉州市安溪县</source>
        <translation>如：福建省泉州市安溪县</translation>
    </message>
    <message>
        <source>Unit (单位):</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>行政区划：</translation>
    </message>
    <message>
        <source>Government level:</source>
        <translation>政府层级：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>标准：</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>GKML catalogues (*.gkml)</source>
        <translation>GKML 目录 (*.gkml)</translation>
    </message>
    <message>
        <source>A file with this name already exists; choose another name.</source>
        <translation>已有同名文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>standard %1 %2</source>
        <translation>标准 %1 %2</translation>
    </message>
    <message>
        <source>The standard&apos;s items could not be added: %1</source>
        <translation>未能加入标准中的事项：%1</translation>
    </message>
</context>
<context>
    <name>gkml::PackageDoneDialog</name>
    <message>
        <source>Open Containing Folder</source>
        <translation>打开所在文件夹</translation>
    </message>
    <message>
        <source>Submission Package Made</source>
        <translation>报送包已生成</translation>
    </message>
    <message numerus="yes">
        <source>The submission package was made (%n public item(s)):</source>
        <translation>
            <numerusform>报送包已生成（公开事项 %n 个）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::PrintSheetsDialog</name>
    <message>
        <source>Large print for the notice board (公开栏)</source>
        <translation>公开栏大字版</translation>
    </message>
    <message>
        <source>Print Board Sheets</source>
        <translation>打印公开栏张贴表</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>All offices</source>
        <translation>全部股室</translation>
    </message>
    <message>
        <source>One set of sheets per domain</source>
        <translation>每个领域一套张贴表</translation>
    </message>
    <message>
        <source>One set of sheets per office (责任股室)</source>
        <translation>每个责任股室一套张贴表</translation>
    </message>
    <message>
        <source>Only the chosen channels</source>
        <translation>只列所选渠道</translation>
    </message>
    <message>
        <source>The template&apos;s checklist of all channels</source>
        <translation>模板中全部渠道的勾选清单</translation>
    </message>
    <message>
        <source>Address of the catalogue on the county portal (printed as a QR code)</source>
        <translation>目录在县政府门户网站上的网址（打印为二维码）</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>方向：</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>领域：</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>股室：</translation>
    </message>
    <message>
        <source>Grouping:</source>
        <translation>分组：</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>公开渠道：</translation>
    </message>
    <message>
        <source>QR code link:</source>
        <translation>二维码链接：</translation>
    </message>
</context>
<context>
    <name>gkml::PublicationFlow</name>
    <message>
        <source>&amp;Publication</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Record publication for selected items…</source>
        <translation>为所选事项登记发布(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Self-inspection (考核自查)…</source>
        <translation>考核自查(&amp;S)…</translation>
    </message>
    <message>
        <source>Publication recorded for %1 item(s).</source>
        <translation>已为 %1 个事项登记发布。</translation>
    </message>
    <message>
        <source>Add a &amp;calendar year…</source>
        <translation>添加日历年份(&amp;C)…</translation>
    </message>
    <message>
        <source>Calendar year %1 saved.</source>
        <translation>已保存 %1 年日历。</translation>
    </message>
</context>
<context>
    <name>gkml::PublicationPanel</name>
    <message>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>发布渠道</translation>
    </message>
    <message>
        <source>Event on</source>
        <translation>信息形成日期</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>发布位置</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>&amp;Record publication…</source>
        <translation>登记发布(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>View evidence</source>
        <translation>查看佐证</translation>
    </message>
    <message>
        <source>Only when it changes</source>
        <translation>信息变化时更新</translation>
    </message>
    <message>
        <source>Update cycle:</source>
        <translation>更新周期：</translation>
    </message>
    <message>
        <source>Select an item to see its publications.</source>
        <translation>选择事项后可查看其发布记录。</translation>
    </message>
    <message>
        <source>Withheld (不予公开): not to be published.</source>
        <translation>不予公开事项，无需发布。</translation>
    </message>
    <message>
        <source>Status as of %1: %2</source>
        <translation>截至 %1：%2</translation>
    </message>
    <message>
        <source>; due %1</source>
        <translation>；期限 %1</translation>
    </message>
    <message>
        <source> (counted Monday to Friday: no holiday data for that year)</source>
        <translation>（该年缺少节假日数据，按周一至周五计算）</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（无日期）</translation>
    </message>
    <message>
        <source>%1 (sha256 %2)</source>
        <translation>%1（sha256 %2）</translation>
    </message>
    <message>
        <source>The date the publication status is computed for, here, in the item table and in the domain tree.</source>
        <translation>计算发布状态的截至日期（用于本面板、事项表和领域目录树）。</translation>
    </message>
    <message>
        <source>Status as of:</source>
        <translation>状态截至：</translation>
    </message>
</context>
<context>
    <name>gkml::PublicationStatusColumn</name>
    <message>
        <source>Status as of %1: %2</source>
        <translation>截至 %1：%2</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>公开期限：%1</translation>
    </message>
    <message>
        <source>Last published: %1</source>
        <translation>最近发布：%1</translation>
    </message>
    <message>
        <source>Counted Monday to Friday: no holiday data for that year.</source>
        <translation>该年份缺少节假日数据，按周一至周五计算。</translation>
    </message>
    <message>
        <source>Publication status</source>
        <translation>发布状态</translation>
    </message>
    <message>
        <source>Where each item stands as of %1: never published, published late, not updated within its cycle, published without a date, or on time. Shown once the file records publications.</source>
        <translation>截至 %1 各事项的发布状态：未公开、逾期公开、未及时更新、无发布日期或按时公开。登记发布记录后显示。</translation>
    </message>
</context>
<context>
    <name>gkml::PublishDialog</name>
    <message>
        <source>Record a publication</source>
        <translation>登记发布</translation>
    </message>
    <message>
        <source>Record a publication for %1 items</source>
        <translation>为 %1 个事项登记发布</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>发布渠道(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Published on:</source>
        <translation>发布日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Information formed or changed on:</source>
        <translation>信息形成或变更日期(&amp;I)：</translation>
    </message>
    <message>
        <source>Web address, or a place such as 村公示栏</source>
        <translation>网址，或村公示栏等发布位置</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>发布位置(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证文件</translation>
    </message>
    <message>
        <source>Pictures and documents (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>图片和文档 (*.png *.jpg *.jpeg *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>佐证材料：</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Only when it changes</source>
        <translation>信息变化时更新</translation>
    </message>
    <message>
        <source>Update c&amp;ycle:</source>
        <translation>更新周期(&amp;Y)：</translation>
    </message>
    <message>
        <source>The catalogue is open read-only: %1</source>
        <translation>目录以只读方式打开：%1</translation>
    </message>
</context>
<context>
    <name>gkml::SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>gkml::TownshipActions</name>
    <message>
        <source>&amp;Townships…</source>
        <translation>乡镇（街道）(&amp;T)…</translation>
    </message>
    <message>
        <source>The townships (乡镇/街道) whose notice boards this catalogue serves</source>
        <translation>本目录所服务公开栏的乡镇（街道）</translation>
    </message>
    <message>
        <source>One PDF of notice-board sheets per township, named after it</source>
        <translation>每个乡镇（街道）生成一份以其名称命名的公开栏表PDF</translation>
    </message>
    <message>
        <source>Print All Townships&apos; Sheets</source>
        <translation>打印各乡镇（街道）公开栏表</translation>
    </message>
    <message numerus="yes">
        <source>%n PDF(s) written to %1.</source>
        <translation>
            <numerusform>已在%1生成%n份PDF。</numerusform>
        </translation>
    </message>
    <message>
        <source>No public item for: %1</source>
        <translation>以下乡镇（街道）没有公开事项：%1</translation>
    </message>
    <message>
        <source>Folder for the Townships&apos; Sheets</source>
        <translation>选择存放各乡镇（街道）公开栏表的文件夹</translation>
    </message>
    <message>
        <source>Township&apos;s &amp;Own Items…</source>
        <translation>乡镇自有事项(&amp;O)…</translation>
    </message>
    <message>
        <source>Items a township discloses besides the county&apos;s, imported from its office&apos;s file</source>
        <translation>乡镇（街道）在县级事项之外自行公开的事项，从其报送的文件导入</translation>
    </message>
    <message>
        <source>Print All To&amp;wnships&apos; Sheets…</source>
        <translation>打印各乡镇（街道）公开栏表(&amp;W)…</translation>
    </message>
    <message>
        <source>The catalogue has no townships yet: add them with File ▸ Townships…</source>
        <translation>目录中尚无乡镇（街道），请通过“文件 ▸ 乡镇（街道）…”添加。</translation>
    </message>
</context>
<context>
    <name>gkml::TownshipAdditionsDialog</name>
    <message>
        <source>&amp;Import from a File…</source>
        <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Remove All</source>
        <translation>全部删除(&amp;R)</translation>
    </message>
    <message>
        <source>Township&apos;s Own Items</source>
        <translation>乡镇自有事项</translation>
    </message>
    <message>
        <source>Items a township discloses besides the county&apos;s items that reach it. The township office sends them in the county template; importing its file replaces what it sent before. They appear on this township&apos;s sheets and packages only.</source>
        <translation>乡镇（街道）在县级延伸事项之外自行公开的事项。由乡镇（街道）按县级目录模板报送；导入其文件即替换此前报送的内容。这些事项只出现在该乡镇（街道）的公开栏页和报送包中。</translation>
    </message>
    <message>
        <source>Township:</source>
        <translation>乡镇（街道）：</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n item(s) of its own.</source>
        <translation>
            <numerusform>%1 有 %n 个自有事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1&apos;s Own Items</source>
        <translation>导入%1的自有事项</translation>
    </message>
    <message>
        <source>Catalogues (%1)</source>
        <translation>目录文件 (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>no items were found in it.</source>
        <translation>其中没有找到事项。</translation>
    </message>
    <message>
        <source>Replace the %1 item(s) of %2&apos;s own with the %3 item(s) read from %4?</source>
        <translation>用从“%4”读到的 %3 个事项替换%2现有的 %1 个自有事项吗？</translation>
    </message>
    <message>
        <source>Add the %1 item(s) read from %2 as %3&apos;s own items?</source>
        <translation>将从“%2”读到的 %1 个事项作为%3的自有事项添加吗？</translation>
    </message>
    <message>
        <source>Notes on the file: %1</source>
        <translation>读取提示：%1</translation>
    </message>
    <message>
        <source>Remove the %1 item(s) of %2&apos;s own?</source>
        <translation>删除%2的 %1 个自有事项吗？</translation>
    </message>
    <message>
        <source>The catalogue has no townships yet: add them with File ▸ Townships…</source>
        <translation>目录中尚无乡镇（街道），请通过“文件 ▸ 乡镇（街道）…”添加。</translation>
    </message>
</context>
<context>
    <name>gkml::TownshipPanel</name>
    <message>
        <source>Items per responsible office (责任股室)</source>
        <translation>各责任股室的事项数</translation>
    </message>
    <message>
        <source>Office / township</source>
        <translation>股室 / 乡镇（街道）</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Responsible offices</source>
        <translation>责任股室</translation>
    </message>
    <message>
        <source>(no office)</source>
        <translation>（未填股室）</translation>
    </message>
</context>
<context>
    <name>gkml::TownshipSelector</name>
    <message>
        <source>Township:</source>
        <translation>乡镇（街道）：</translation>
    </message>
    <message>
        <source>Show the catalogue derived for one township: the county items for 乡级</source>
        <translation>显示某一乡镇（街道）的目录：公开层级为乡级的县级目录事项</translation>
    </message>
    <message>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1（%n项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s), %2 of its own)</source>
        <translation>
            <numerusform>%1（%n项，其中自有%2项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gkml::TownshipsDialog</name>
    <message>
        <source>Townships</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>负责科室</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>The townships (乡镇) and streets (街道) whose notice boards this catalogue serves. Type them, paste a list copied from Excel or a document (one per line: name, office, contact), or import a .csv/.xlsx list.</source>
        <translation>本目录所服务公开栏的乡镇和街道。可直接录入，也可粘贴从Excel或文档中复制的名单（每行一个：名称、负责科室、联系方式），或导入.csv/.xlsx名单。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Paste List</source>
        <translation>粘贴名单(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>The list names no township.</source>
        <translation>名单中没有乡镇（街道）名称。</translation>
    </message>
    <message>
        <source>Import Townships</source>
        <translation>导入乡镇（街道）名单</translation>
    </message>
    <message>
        <source>Township lists (*.xlsx *.csv)</source>
        <translation>乡镇（街道）名单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>Row %1: %2 is listed twice.</source>
        <translation>第%1行：%2重复列出。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GKML disclosure catalogue editor</source>
        <translation>GKML 政务公开事项标准目录编辑器</translation>
    </message>
    <message>
        <source>Catalogue to open (.gkml)</source>
        <translation>要打开的目录 (.gkml)</translation>
    </message>
    <message>
        <source>Save a picture of the window to PATH and quit.</source>
        <translation>将窗口截图保存到 PATH 后退出。</translation>
    </message>
    <message>
        <source>Window size WxH (with --screenshot).</source>
        <translation>窗口大小 WxH（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <source>Open the print preview of the board sheets (with --screenshot: grab it).</source>
        <translation>打开公开栏张贴表的打印预览（与 --screenshot 一起使用时：截取预览窗口）。</translation>
    </message>
</context>
</TS>
