#!/usr/bin/env python3
"""Fill translations/sotay06_vi.ts from the per-area TSV files in translations/vi/.

lupdate keeps the .ts in step with the sources; the TSV files are where translators work,
one per area, so parallel work never edits the .ts at the same time.

  scripts/fill_translations.py [--check] [--missing OUT.tsv]

--check     exit 1 if a message of the .ts has no Vietnamese translation (used by ctest)
--missing   write the untranslated messages as TSV lines, ready to translate
"""
import argparse
import glob
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def unescape(s):
    out, i = [], 0
    while i < len(s):
        if s[i] == '\\' and i + 1 < len(s):
            out.append({'t': '\t', 'n': '\n', '\\': '\\'}.get(s[i + 1], '\\' + s[i + 1]))
            i += 2
        else:
            out.append(s[i])
            i += 1
    return ''.join(out)


def escape(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n')


def load_tsv(directory):
    table, problems = {}, []
    for path in sorted(glob.glob(os.path.join(directory, '*.tsv'))):
        with open(path, encoding='utf-8') as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip('\n').rstrip('\r')
                if not line.strip() or line.startswith('#'):
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    problems.append(f'{path}:{n}: expected 3 tab-separated fields, got {len(parts)}')
                    continue
                ctx, src, vi = (unescape(p) for p in parts)
                table[(ctx, src)] = vi
                # Same English text in another context is a good fallback.
                table.setdefault(('*', src), vi)
    return table, problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--ts', default=os.path.join(ROOT, 'translations', 'sotay06_vi.ts'))
    ap.add_argument('--tsv', default=os.path.join(ROOT, 'translations', 'vi'))
    ap.add_argument('--check', action='store_true')
    ap.add_argument('--missing')
    args = ap.parse_args()

    table, problems = load_tsv(args.tsv)
    for p in problems:
        print(p, file=sys.stderr)
    tree = ET.parse(args.ts)
    missing = []
    total = 0
    for context in tree.getroot().iter('context'):
        ctx = context.findtext('name')
        for msg in context.iter('message'):
            src = msg.findtext('source')
            total += 1
            tr = msg.find('translation')
            if tr is None:
                tr = ET.SubElement(msg, 'translation')
            vi = table.get((ctx, src)) or table.get(('*', src))
            if args.check:
                done = tr.get('type') not in ('unfinished', 'vanished', 'obsolete') and (
                    (tr.text or '').strip() or list(tr))
                if not done:
                    missing.append((ctx, src))
                continue
            if vi is None:
                if not ((tr.text or '').strip() or list(tr)) or tr.get('type') == 'unfinished':
                    missing.append((ctx, src))
                continue
            for child in list(tr):
                tr.remove(child)
            if msg.get('numerus') == 'yes':
                tr.text = None
                ET.SubElement(tr, 'numerusform').text = vi  # Vietnamese has one plural form
            else:
                tr.text = vi
            tr.attrib.pop('type', None)
    if not args.check:
        tree.write(args.ts, encoding='utf-8', xml_declaration=True)
        with open(args.ts, encoding='utf-8') as f:
            text = f.read()
        text = text.replace("<?xml version='1.0' encoding='utf-8'?>",
                            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        with open(args.ts, 'w', encoding='utf-8') as f:
            f.write(text + ('' if text.endswith('\n') else '\n'))
    if args.missing:
        with open(args.missing, 'w', encoding='utf-8') as f:
            for ctx, src in missing:
                f.write(f'{escape(ctx)}\t{escape(src)}\t\n')
    print(f'{total - len(missing)}/{total} messages translated', file=sys.stderr)
    for ctx, src in missing[:40]:
        print(f'  untranslated: [{ctx}] {src!r}', file=sys.stderr)
    return 1 if (args.check and (missing or problems)) else 0


if __name__ == '__main__':
    sys.exit(main())
