# Compares two files of SearchAnswers.java output (old jar / new jar) answer by answer, tie-insensitively: hits with
# equal scores come in index order, which differs between two builds of the same index. Prints how many answers are
# byte-identical, have the same total and facets, and the same score at every rank (and of those the same passages
# above the last tied score), then each query whose scores differ and by how much.
# Usage: python3 bin/profile/compare-answers.py OLD.txt NEW.txt   (the query names: search/bench-queries.tsv and
#        ../shared/queries/search-dev.json, in SearchAnswers' order, five pages each)
import json, sys, os
here = os.path.dirname(os.path.abspath(__file__))
mix = [l.rstrip('\n').split('\t') for l in open(os.path.join(here, '../../src/main/resources/search/bench-queries.tsv'), encoding='utf-8')
       if l.strip() and not l.startswith('#')]
dev = [q['q'] for q in json.load(open(os.path.join(here, '../../../shared/queries/search-dev.json'), encoding='utf-8'))]
names = [m[1] + ('' if not any(m[2:6]) else ' [' + '|'.join(m[2:6]) + ']') for m in mix] + dev
a = open(sys.argv[1], encoding='utf-8').read().splitlines(); b = open(sys.argv[2], encoding='utf-8').read().splitlines()
if len(a) != len(b): sys.exit(f"{len(a)} answers against {len(b)}")
same = totals = scores = above = 0; differ = {}
for i, (x, y) in enumerate(zip(a, b)):
    X, Y = json.loads(x), json.loads(y)
    same += x == y
    totals += X['total'] == Y['total'] and X['facets'] == Y['facets']
    sx = [h['score'] for h in X['hits']]; sy = [h['score'] for h in Y['hits']]
    if sx == sy:
        scores += 1
        last = sx[-1] if sx else None
        above += {h['passage_id'] for h in X['hits'] if h['score'] != last} == {h['passage_id'] for h in Y['hits'] if h['score'] != last}
    else:
        rel = max((abs(p - q) / max(1e-9, abs(p)) for p, q in zip(sx, sy)), default=0) if len(sx) == len(sy) else float('inf')
        differ.setdefault(names[i // 5], []).append(rel)
print(f"answers {len(a)}: byte-identical {same}; same total and facets {totals}; same score at every rank {scores} "
      f"(of those, the same passages above the last tie {above})")
for q, d in differ.items(): print(f"  scores differ: {q} — {len(d)} answers, largest relative difference {max(d):.1e}")
