#!/usr/bin/env python3
"""Blind A/B sheet: one story's articles and two unlabeled first tens in random order.
usage: ROUND=r11 sheet.py EVENT_DIR OLD.json NEW.json OUT.md KEY.json [CAP]
key.json gets {event: 'A is old'|'A is new'|'same'}; ROUND salts which set is A, so a new round's
readers cannot learn the order from an earlier one."""
import json, sys, random, os, re, hashlib

def render_q(q, arts, n):
    out = [f"**Q{n}** [{q['type']}, skill: {q.get('skill','')}] {q['prompt']}"]
    t = q['type']
    if t in ('single', 'multi', 'truefalse', 'evidence'):
        corr = set(q.get('correct', []))
        for c in q['choices']:
            out.append(f"  - {'(KEY) ' if c['id'] in corr else ''}{c['text']}")
        if t == 'evidence':
            out.append(f"  Evidence step: {q.get('evidencePrompt','')}")
            ec = set(q.get('evidenceCorrect', []))
            for c in q.get('evidenceChoices', []):
                out.append(f"  - {'(KEY) ' if c['id'] in ec else ''}{c['text']}")
    elif t == 'cloze':
        out.append(f"  Accepted answers: {' | '.join(q['accepted'])}")
        # The quiz grades a number by its value (quiz/normalize.ts): say so, or a reader
        # marks "10,000" as refusing "ten thousand", which a student's answer would not meet.
        if any(re.search(r'\d', a) for a in q['accepted']):
            out.append("  (The quiz also accepts the same number written another way: digits or words, with or without commas.)")
        if q.get('partial'): out.append(f"  Partial credit: {' | '.join(q['partial'])}")
    elif t == 'numeric':
        out.append(f"  Answer: {q['answer']} (tolerance {q.get('tolerance',0)}) {q.get('unit','')}")
    elif t == 'matching':
        for p in q['pairs']:
            out.append(f"  - {p['left']}  →  {p['right']}")
        if q.get('extraRights'): out.append(f"  Extra (unmatched) right-hand options: {' | '.join(q['extraRights'])}")
    elif t == 'ordering':
        out.append("  Correct order:")
        for i, it in enumerate(q['items'], 1):
            out.append(f"  {i}. {it['text']}")
    else:
        out.append("  " + json.dumps({k: v for k, v in q.items() if k not in ('id', 'storyId', 'tags', 'origin', 'status', 'score')}))
    if q.get('explanation'):
        out.append(f"  Feedback shown: {q['explanation']}")
    for e in q.get('evidence', []):
        a = arts.get(e['articleId'])
        if a:
            out.append(f"  Evidence ({a['outlet']}): \"{a['text'][e['start']:e['end']].strip()}\"")
    return "\n".join(out)

def render_set(bank):
    arts = {a['id']: a for a in bank['articles']}
    qs = bank['questions']
    if not qs:
        return "_(no questions)_"
    return "\n\n".join(render_q(q, arts, i) for i, q in enumerate(qs, 1))

def main():
    ev, oldp, newp, outp, keyp = sys.argv[1:6]
    cap = int(sys.argv[6]) if len(sys.argv) > 6 else 10**6
    old, new = json.load(open(oldp)), json.load(open(newp))
    old['questions'] = old['questions'][:cap]; new['questions'] = new['questions'][:cap]
    name = os.path.basename(ev.rstrip('/')).replace('.json','')
    rnd = random.Random(hashlib.sha256((name + os.environ.get('ROUND', 'r10')).encode()).hexdigest())
    a_is_new = rnd.random() < 0.5
    A, B = (new, old) if a_is_new else (old, new)
    key = json.load(open(keyp)) if os.path.exists(keyp) else {}
    same = json.dumps(old['questions']) == json.dumps(new['questions'])
    key[name] = 'same' if same else ('A is new' if a_is_new else 'A is old')
    json.dump(key, open(keyp, 'w'), indent=1)
    parts = [f"# Story {name}\n", "## The articles\n"]
    for a in old['articles']:
        parts.append(f"### {a['outlet']} — \"{a['title']}\" ({a.get('date','no date')})\n")
        parts.append(a['text'].strip() + "\n")
    if same:
        parts.append("\n## Set A (the only set on this sheet: rate it; write PREFER: none)\n\n" + render_set(A) + "\n")
    else:
        parts.append("\n## Set A\n\n" + render_set(A) + "\n")
        parts.append("\n## Set B\n\n" + render_set(B) + "\n")
    open(outp, 'w').write("\n".join(parts))

main()
