# What PyYAML's safe_load_all makes of the seed: types and the counts the
# foundation issue names.
"$PUBTOOL" import -o - --as-of 2026-11-26 profile/yokota.txt >"$TMP/y.yaml" || exit
python3 - "$TMP/y.yaml" <<'PY'
import collections, sys, yaml
docs = list(yaml.safe_load_all(open(sys.argv[1], encoding="utf-8")))
recs = [d for d in docs if "profile" not in d]
prof = [d["profile"] for d in docs if "profile" in d]
print("documents", len(docs), "records", len(recs))
print("profile", prof)
print("areas", sorted(collections.Counter(r["area"] for r in recs).items(),
      key=lambda kv: (-kv[1], kv[0])))
print("years", sorted(collections.Counter(r["date"][:4] for r in recs).items()))
print("code", sum(r.get("code", False) is True for r in recs))
print("et_al", sum(r.get("et_al", False) is True for r in recs))
print("scores", [r["score"] for r in recs if "score" in r])
print("orgs", [r["orgs"] for r in recs if "orgs" in r])
types = collections.defaultdict(set)
for r in recs:
    for k, v in r.items():
        types[k].add(type(v).__name__)
print("types", sorted((k, sorted(v)) for k, v in types.items()))
print("unique keys", len({r["key"] for r in recs}))
PY
