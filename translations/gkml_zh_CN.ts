<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>The same item as no. %1 (%2 / %3) in %4. Remove one of them, or rename it.</source>
        <translation>与%4中序号为%1的事项（%2 / %3）重复。请删除其中一个，或修改名称。</translation>
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
        <source>export: unknown format &quot;%1&quot;; use xlsx, csv, json or html.</source>
        <translation>export：不认识的格式“%1”；请用 xlsx、csv、json 或 html。</translation>
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
        <source>GKML cannot read &quot;%1&quot; files; use .xlsx, .csv or .html.</source>
        <translation>GKML 不能读取“%1”文件；请使用 .xlsx、.csv 或 .html 文件。</translation>
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
    <name>SheetRenderer</name>
    <message>
        <source>There is nothing to print: no public items match.</source>
        <translation>没有可打印的内容：没有相符的公开事项。</translation>
    </message>
    <message>
        <source>The printer does not accept this paper size and margins.</source>
        <translation>打印机不支持这种纸张大小和页边距。</translation>
    </message>
    <message>
        <source>Cannot start printing.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>无法开始新的一页。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
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
</context>
<context>
    <name>XlsxWriter</name>
    <message>
        <source>%1 of item %2 (%3) is longer than %4 characters, the most an Excel cell holds; shorten it.</source>
        <translation>事项%2（%3）的%1超过%4个字符，超出 Excel 单元格的容量；请删减。</translation>
    </message>
    <message>
        <source>Packing the workbook failed (zip error %1).</source>
        <translation>工作簿打包失败（zip 错误%1）。</translation>
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
        <source>The zip file is damaged.</source>
        <translation>zip 压缩文件已损坏。</translation>
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
</context>
<context>
    <name>gkml::CheckList</name>
    <message>
        <source>Not a value of the standard&apos;s list; uncheck it to remove it.</source>
        <translation>不是标准列表中的取值；取消勾选即可删除。</translation>
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
        <source>Browse…</source>
        <translation>浏览…</translation>
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
    <name>gkml::MainWindow</name>
    <message>
        <source>Search all columns (e.g. 低保)…</source>
        <translation>在所有列中搜索（如“低保”）…</translation>
    </message>
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
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
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
        <source>C&amp;lear Cells</source>
        <translation>清空单元格(&amp;L)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
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
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
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
        <source>Tables (*.xlsx *.csv *.txt *.html *.htm *.json);;All files (*)</source>
        <translation>表格 (*.xlsx *.csv *.txt *.html *.htm *.json);;所有文件 (*)</translation>
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
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used the next time GKML starts.
下次启动 GKML 时使用新的语言。</source>
        <translation>下次启动 GKML 时使用新的语言。
The new language is used the next time GKML starts.</translation>
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
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>The sheets could not be printed.</source>
        <translation>张贴表未能打印。</translation>
    </message>
    <message>
        <source>Submission Package</source>
        <translation>报送包</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>The package was not made.</source>
        <translation>未生成报送包。</translation>
    </message>
    <message>
        <source>Fix the errors listed under Findings (F8 goes to the next one).</source>
        <translation>请改正“检查结果”中列出的错误（按 F8 跳到下一个）。</translation>
    </message>
    <message numerus="yes">
        <source>Package written: %1 (%n public item(s))</source>
        <translation>
            <numerusform>报送包已生成：%1（%n 个公开事项）</numerusform>
        </translation>
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
        <source>Browse…</source>
        <translation>浏览…</translation>
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
    <name>gkml::SetFieldCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
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
