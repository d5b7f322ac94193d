#!/usr/bin/env python3
"""The benchmark behind `make bench`: dossier against Hugo and the cmark CLI on the same corpus.

For each size it generates a corpus with ../shared/bench/make-corpus.py (Markdown with front
matter, and the same articles as a Hugo site), then measures in one run, alternating the tools in
every repeat: a full dossier build (no cache, no output), Hugo building the same Markdown, the
cmark CLI over the same Markdown (one process over all files: the floor for rendering alone),
a dossier rebuild after editing one article, and a rebuild with nothing changed. It prints medians,
ratios and peak memory, and writes them to <out>/results.json.

usage: run.py [--sizes 1000,10000] [--repeats 3] [--out bench-out] [--dossier .build/release/dossier]
"""
import argparse, json, os, shutil, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def find_make_corpus():
    for c in [os.environ.get("MAKE_CORPUS", ""), os.path.join(REPO, "..", "shared", "bench", "make-corpus.py")]:
        if c and os.path.exists(c):
            return os.path.abspath(c)
    sys.exit("make-corpus.py not found: set MAKE_CORPUS to its path")


def timed(cmd):
    """Runs cmd under GNU time; returns (seconds, peak KB, stdout)."""
    start = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(cmd[:6])} …\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}")
    peak = int(p.stderr.strip().splitlines()[-1])
    return elapsed, peak, p.stdout


def files_written(stdout):
    # "Built N articles (… from cache) into P pages in OUT (W written, U unchanged, R removed) in S s"
    try:
        return int(stdout.split(" written")[0].rsplit("(", 1)[1])
    except (IndexError, ValueError):
        return -1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(REPO, "bench-out"))
    ap.add_argument("--dossier", default=os.path.join(REPO, ".build", "release", "dossier"))
    args = ap.parse_args()
    for tool in ("hugo", "cmark"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not installed (apt-get install {tool})")
    make_corpus = find_make_corpus()
    dossier = os.path.abspath(args.dossier)
    os.makedirs(args.out, exist_ok=True)
    results = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        stories = max(1, n // 5)
        base = os.path.abspath(os.path.join(args.out, f"n{n}"))
        corpus, hugo_site = os.path.join(base, "content"), os.path.join(base, "hugo")
        if not os.path.exists(os.path.join(corpus, "articles")):
            subprocess.run([sys.executable, make_corpus, os.path.join(corpus, "articles"), "--stories", str(stories)], check=True)
            subprocess.run([sys.executable, make_corpus, hugo_site, "--stories", str(stories), "--hugo"], check=True)
        md_dir = os.path.join(corpus, "articles")
        md_files = sorted(os.path.join(md_dir, f) for f in os.listdir(md_dir))
        out_dossier, out_hugo = os.path.join(base, "public-dossier"), os.path.join(base, "public-hugo")
        cache = os.path.join(base, ".dossier-cache")
        edited = md_files[len(md_files) // 2]
        original = open(edited, encoding="utf-8").read()
        runs = {k: [] for k in ("dossier", "hugo", "cmark", "incremental", "nochange")}
        peaks = {k: [] for k in runs}
        written = {"incremental": [], "nochange": []}
        build = [dossier, "build", "--content", corpus, "--output", out_dossier, "--cache", cache]
        for r in range(args.repeats):
            order = ["dossier", "hugo", "cmark"] if r % 2 == 0 else ["cmark", "hugo", "dossier"]
            for tool in order:
                if tool == "dossier":
                    shutil.rmtree(out_dossier, ignore_errors=True)
                    shutil.rmtree(cache, ignore_errors=True)
                    t, m, _ = timed(build)
                elif tool == "hugo":
                    shutil.rmtree(out_hugo, ignore_errors=True)
                    t, m, _ = timed(["hugo", "--quiet", "-s", hugo_site, "-d", out_hugo])
                else:
                    t, m, _ = timed(["sh", "-c", 'cmark --smart "$@" > /dev/null', "cmark"] + md_files)
                runs[tool].append(t)
                peaks[tool].append(m)
            # Edit one article and rebuild; then rebuild with nothing changed.
            with open(edited, "w", encoding="utf-8") as f:
                f.write(original.replace("\n\n", f"\n\nAn added sentence, edit number {r}.\n\n", 1))
            t, m, out = timed(build)
            runs["incremental"].append(t); peaks["incremental"].append(m); written["incremental"].append(files_written(out))
            t, m, out = timed(build)
            runs["nochange"].append(t); peaks["nochange"].append(m); written["nochange"].append(files_written(out))
            with open(edited, "w", encoding="utf-8") as f:
                f.write(original)
        med = {k: statistics.median(v) for k, v in runs.items()}
        results[str(n)] = {
            "median_seconds": med,
            "peak_kb": {k: max(v) for k, v in peaks.items()},
            "files_written": {k: max(v) for k, v in written.items()},
            "ratios": {
                "dossier/hugo": med["dossier"] / med["hugo"],
                "dossier/cmark": med["dossier"] / med["cmark"],
                "incremental/full": med["incremental"] / med["dossier"],
                "nochange/full": med["nochange"] / med["dossier"],
                "peak dossier/hugo": max(peaks["dossier"]) / max(peaks["hugo"]),
            },
        }
        print_size(n, results[str(n)])
    sizes = sorted(int(k) for k in results)
    if len(sizes) >= 2:
        a, b = sizes[0], sizes[-1]
        # The reference tools' own growth, measured in the same run, shows how much of the
        # dossier's growth is the machine's (disk writeback, page cache) rather than the build's.
        growth = {tool: results[str(b)]["median_seconds"][tool] / results[str(a)]["median_seconds"][tool]
                  for tool in ("dossier", "hugo", "cmark")}
        print(f"\n{b:,} / {a:,} articles ({b // a} x the articles):")
        for tool, g in growth.items():
            print(f"  {tool:38s} {g:8.2f} x the time")
        results["growth"] = {"from": a, "to": b, "ratio": growth["dossier"], "hugo": growth["hugo"], "cmark": growth["cmark"]}
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(results, f, indent=2, sort_keys=True)


def print_size(n, r):
    s, p = r["median_seconds"], r["peak_kb"]
    print(f"\n{n:,} articles (medians)")
    for k, label in [("dossier", "dossier full build"), ("hugo", "hugo"), ("cmark", "cmark CLI (all files, one process)"),
                     ("incremental", "dossier after editing one article"), ("nochange", "dossier with nothing changed")]:
        extra = f", {r['files_written'][k]} files written" if k in r["files_written"] else ""
        print(f"  {label:38s} {s[k]:8.3f} s   peak {p[k] / 1024:7.1f} MB{extra}")
    for k, v in r["ratios"].items():
        print(f"  {k:38s} {v:8.3f}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
