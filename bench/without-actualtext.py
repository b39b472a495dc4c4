#!/usr/bin/env python3
"""Writes a copy of a PDF whose marked-content /ActualText entries are blanked, so that text extraction (poppler's
pdftotext, and so ../shared/bench/typeset_metrics.py) sees the hyphens drawn at line ends instead of the whole words
the /ActualText gives. Only for measuring issue 9's hyphen rows from the PDF; the product keeps /ActualText.
Usage: without-actualtext.py IN.pdf OUT.pdf   (needs qpdf)
qpdf writes the file with uncompressed streams and no object streams; each /ActualText entry is then overwritten
by spaces of the same length, so no offset changes and the cross-reference table stays valid."""
import re, subprocess, sys, tempfile, os

source, target = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as folder:
    plain = os.path.join(folder, 'plain.pdf')
    subprocess.run(['qpdf', '--stream-data=uncompress', '--object-streams=disable', '--decode-level=generalized',
                    source, plain], check=True)
    data = open(plain, 'rb').read()
entry = re.compile(rb'/ActualText\s*(<[0-9A-Fa-f\s]*>|\((?:\\.|[^\\)])*\))', re.S)
count = 0
def blank(match):
    global count
    count += 1
    return b' ' * len(match.group(0))
data = entry.sub(blank, data)
open(target, 'wb').write(data)
print(f'{count} /ActualText entries blanked', file=sys.stderr)
