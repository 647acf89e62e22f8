#!/usr/bin/python3
"""Reads an .xlsx file with nothing but the standard library (an independent reader of what
libxlsxwriter wrote) and prints as JSON: the sheet names, every cell of every sheet by reference
(text or number) with its number format, and the workbook title."""
import json
import sys
import zipfile
import xml.etree.ElementTree as ET

MAIN = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
REL = '{http://schemas.openxmlformats.org/officeDocument/2006/relationships}'
PACKAGE_REL = '{http://schemas.openxmlformats.org/package/2006/relationships}'
DC = '{http://purl.org/dc/elements/1.1/}'

book = zipfile.ZipFile(sys.argv[1])
bad = book.testzip()
if bad is not None:
    sys.exit('corrupt member ' + bad)

strings = []
if 'xl/sharedStrings.xml' in book.namelist():
    for item in ET.fromstring(book.read('xl/sharedStrings.xml')).findall(MAIN + 'si'):
        strings.append(''.join(t.text or '' for t in item.iter(MAIN + 't')))

styles = ET.fromstring(book.read('xl/styles.xml'))
# The built-in formats a writer refers to by number, and the workbook's own.
custom = {'0': 'General', '1': '0', '2': '0.00', '3': '#,##0', '4': '#,##0.00', '9': '0%',
          '10': '0.00%'}
custom.update({f.get('numFmtId'): f.get('formatCode') for f in styles.iter(MAIN + 'numFmt')})
cell_formats = []
xfs = styles.find(MAIN + 'cellXfs')
for xf in xfs.findall(MAIN + 'xf'):
    cell_formats.append({'format': custom.get(xf.get('numFmtId'), 'General'),
                         'bold': False, 'fontId': int(xf.get('fontId', '0'))})
fonts = styles.find(MAIN + 'fonts').findall(MAIN + 'font')
for entry in cell_formats:
    entry['bold'] = fonts[entry.pop('fontId')].find(MAIN + 'b') is not None

targets = {r.get('Id'): r.get('Target') for r in
           ET.fromstring(book.read('xl/_rels/workbook.xml.rels')).iter(PACKAGE_REL + 'Relationship')}
sheets = []
for sheet in ET.fromstring(book.read('xl/workbook.xml')).find(MAIN + 'sheets'):
    root = ET.fromstring(book.read('xl/' + targets[sheet.get(REL + 'id')]))
    cells = {}
    for c in root.iter(MAIN + 'c'):
        value = c.find(MAIN + 'v')
        if value is None:
            continue
        style = cell_formats[int(c.get('s', '0'))]
        text = strings[int(value.text)] if c.get('t') == 's' else float(value.text)
        cells[c.get('r')] = {'value': text, 'format': style['format'], 'bold': style['bold']}
    widths = [float(col.get('width')) for col in root.iter(MAIN + 'col')]
    sheets.append({'name': sheet.get('name'), 'cells': cells, 'widths': widths})

title = ''
if 'docProps/core.xml' in book.namelist():
    found = ET.fromstring(book.read('docProps/core.xml')).find(DC + 'title')
    title = found.text if found is not None else ''
print(json.dumps({'sheets': sheets, 'title': title}))
