import json
out=[]; agree=0; total=0
from collections import Counter
pairs=[]
for w in "STU":
    items={json.loads(l)["platform_id"]:json.loads(l) for l in open(f"/work/eval-v12/part-{w}.jsonl",encoding="utf-8")}
    blind=[json.loads(l) for l in open(f"/work/eval-v12/review/blind-labels-{w}.jsonl",encoding="utf-8")]
    assert len(blind)==110 and {b["platform_id"] for b in blind}==set(items), w
    for b in blind:
        d=items[b["platform_id"]]; L=d["label"]; total+=1
        pairs.append((L["route"],b["route"]))
        if (L["route"],bool(L["foi"]),L["foi_valid"] if L["foi"] else None)==(b["route"],bool(b["foi"]),b["foi_valid"] if b["foi"] else None):
            agree+=1; continue
        parent=items.get(d["reply_to_id"]) if d["reply_to_id"] else None
        out.append({"platform_id":d["platform_id"],"author_handle":d["author_handle"],"author_name":d["author_name"],
            "author_followers":d["author_followers"],"author_verified":d["author_verified"],"text":d["text"],"platform":d["platform"],
            "parent_text":parent["text"] if parent else None,"thread_id":d["thread_id"],
            "annotator_1":{"route":L["route"],"foi":L["foi"],"foi_valid":L["foi_valid"],"reason":L["reason"]},
            "annotator_2":{"route":b["route"],"foi":b["foi"],"foi_valid":b["foi_valid"],"reason":b["note"]}})
route_agree=sum(a==b for a,b in pairs)
# Cohen's kappa on route
n=len(pairs); ca=Counter(a for a,_ in pairs); cb=Counter(b for _,b in pairs)
pe=sum(ca[k]*cb[k] for k in range(1,6))/n/n; po=route_agree/n
print(f"route agreement {route_agree}/{n} ({100*po:.1f}%), kappa {(po-pe)/(1-pe):.3f}; full agreement {agree}/{total}; disagreements {len(out)}")
json.dump(out,open("/work/eval-v12/review/disagreements.json","w"),ensure_ascii=False,indent=1)
