import importlib, sys, os, glob
sys.path.insert(0, os.path.dirname(__file__))
import common
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parts = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(__file__), "p[0-9][0-9].py")))
for p in parts:
    common.start(p)
    importlib.import_module(p)
    n = p[1:]
    common.write(os.path.join(out, f"part-{n}.jsonl"), os.path.join(out, "src", f"lang-{n}.tsv"))
