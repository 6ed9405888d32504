#!/usr/bin/env python3
"""Writes the rows of a GKML csv (make-catalogue.py) as one Word table: make-docx.py IN.csv OUT.docx.
Cells with line breaks become several paragraphs, as Word stores them."""
import csv, sys, zipfile

W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
esc = lambda s: s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig')))
out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="%s"><w:body>' % W,
       '<w:tbl><w:tblGrid>' + '<w:gridCol w:w="800"/>' * len(rows[0]) + '</w:tblGrid>']
for r in rows:
    out.append('<w:tr>' + ''.join('<w:tc><w:tcPr><w:tcW w:w="800" w:type="dxa"/></w:tcPr>' + ''.join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in c.split('\n')) + '</w:tc>' for c in r) + '</w:tr>')
out.append('</w:tbl><w:sectPr/></w:body></w:document>')
z = zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)
z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
z.writestr('word/document.xml', ''.join(out))
z.close()
