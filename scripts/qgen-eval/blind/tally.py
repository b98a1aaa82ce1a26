#!/usr/bin/env python3
"""tally.py KEY.json reader-*.md : per version (old/new) counts from readers' tables."""
import json, sys, re, collections
key = json.load(open(sys.argv[1]))
tot = {v: collections.Counter() for v in ('old', 'new')}
stories = {v: collections.defaultdict(collections.Counter) for v in ('old', 'new')}
pref = collections.Counter()
for f in sys.argv[2:]:
    ev = None
    for line in open(f):
        # A sheet's heading is its story's name as sheet.py wrote it (event-NN, a PolNeAR file name).
        m = re.match(r'##\s+(\S+)', line)
        if m: ev = m.group(1); continue
        if ev is None or ev not in key: continue
        a_is_new = key[ev] == 'A is new'
        same = key[ev] == 'same'
        m = re.match(r'\|\s*([AB])\s*\|\s*(\d+)\s*\|\s*(ACCEPT|MINOR|REJECT)\s*\|\s*(yes|no)\s*\|\s*(\w+)\s*\|', line, re.I)
        if m:
            s, q, mark, wk, kind = m.groups()
            vers = ('old', 'new') if same else ('new' if (s == 'A') == a_is_new else 'old',)
            for ver in vers:
                c = tot[ver]; c['q'] += 1; c[mark.upper()] += 1; c['wrongkey'] += wk.lower() == 'yes'; c['kind:' + kind.lower()] += 1; c['acc:' + kind.lower()] += mark.upper() == 'ACCEPT'
                st = stories[ver][ev]; st['q'] += 1; st['kind:' + kind.lower()] += 1
            continue
        m = re.match(r'PREFER:\s*\**\s*(A|B|none)', line, re.I)
        if m:
            p = m.group(1)
            if same: continue
            pref['none' if p.lower() == 'none' else ('new' if (p == 'A') == a_is_new else 'old')] += 1
for v in ('old', 'new'):
    c = tot[v]; n = c['q'] or 1
    st = stories[v]
    print(f"{v}: q={c['q']} ACCEPT={c['ACCEPT']} ({100*c['ACCEPT']/n:.1f}%) A+M={100*(c['ACCEPT']+c['MINOR'])/n:.1f}% REJECT={c['REJECT']} wrongkeys={c['wrongkey']} ({100*c['wrongkey']/n:.1f}%) recall={100*c['kind:recall']/n:.1f}%")
    print(f"   stories={len(st)} with compare={sum(1 for s in st.values() if s['kind:compare'])} with why={sum(1 for s in st.values() if s['kind:why'])} under ten={sum(1 for s in st.values() if s['q']<10)}")
    print('   kinds', {k[5:]: x for k, x in c.items() if k.startswith('kind:')})
    print('   ACCEPT by kind', {k[5:]: f"{c['acc:' + k[5:]]}/{x}" for k, x in c.items() if k.startswith('kind:')})
print('preferred', dict(pref))
