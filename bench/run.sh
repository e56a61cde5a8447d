#!/usr/bin/env bash
# The bake benchmark: generates synthetic dossiers of N documents, bakes each with the project's real
# build, and prints a Markdown table. See the README, section "Speed".
#
#   bench/run.sh                      N = 100, 1000, 10000: the project's build only
#   bench/run.sh --stock --hugo 1000  also stock JBake and Hugo, on the same content, in the same run
#   bench/run.sh --all                --stock --hugo --real (stock JBake at 10,000 takes about ten minutes)
#
# Options:
#   --stock  also bake with stock JBake: JBake's own crawler and DocumentsRenderer (the project's rendering
#            tool left out), the same documents in JBake's own header format (bench/StockContent.java) and
#            one minimal template on JBake's model (bench/stock-templates/)
#   --hugo   also bake with Hugo (Debian package `hugo`) and the equivalent minimal template (bench/hugo/)
#   --real   also time the real dossier's bake step in a running JVM: first bake, then warm re-bakes
#            (what the preview server does on a saved edit), and the live preview from a saved edit to
#            the reloaded page (bench/ReloadLatency.java)
# Needs: Java 17, Maven (offline, with the project's dependencies in ~/.m2), /usr/bin/time (Debian `time`).
# Work files go to target/bench/ (BENCH_DIR to change); nothing outside it is written.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
project="$(cd "$here/.." && pwd)"
work="${BENCH_DIR:-$project/target/bench}"
stock=false hugo=false real=false sizes=()
for arg in "$@"; do
  case "$arg" in
    --stock) stock=true ;;
    --hugo) hugo=true ;;
    --real) real=true ;;
    --all) stock=true hugo=true real=true ;;
    [0-9]*) sizes+=("$arg") ;;
    *) sed -n '2,18p' "$0" >&2; exit 2 ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 10000)
if $hugo && ! command -v hugo >/dev/null; then
  echo "--hugo: no hugo on PATH (apt-get install hugo)" >&2; exit 2
fi
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

mkdir -p "$work"
rows="$work/rows.tsv"
: > "$rows"

# What a bake of the project reads and builds: the build files, the extension's sources, the site's sources.
skeleton() {
  local into="$1"
  rm -rf "$into" && mkdir -p "$into/dossier-jbake" "$into/dossier-preview" "$into/site-tests"
  cp -r "$project/pom.xml" "$project/.mvn" "$project/templates" "$project/assets" "$project/jbake.properties" "$into/"
  cp -r "$project/dossier-jbake/pom.xml" "$project/dossier-jbake/src" "$into/dossier-jbake/"
  rm -rf "$into/dossier-jbake/src/test"
  cp -r "$project/dossier-preview/pom.xml" "$project/dossier-preview/src" "$into/dossier-preview/"
  rm -rf "$into/dossier-preview/src/test"
  cp "$project/site-tests/pom.xml" "$into/site-tests/"
}

# timed <log> <command...>: runs the command under /usr/bin/time -v; sets wall (s) and rss (MB).
timed() {
  local log="$1"; shift
  if ! /usr/bin/time -v -o "$log.time" "$@" > "$log" 2>&1; then
    echo "FAILED: $* (see $log)" >&2; tail -20 "$log" >&2; exit 1
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log.time")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log.time")
}

# row <N> <engine> <pages> <process wall s> <bake s> <rss MB> <search KB per query, or - without search>
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$rows"; }

# The most a query costs the search page before it lists results, in KB (bench/SearchBytes.java), over words
# of the synthetic text: common ones, two-word queries and a prefix.
search_kb() {  # <project folder>
  java -cp "$1/dossier-jbake/target/classes" "$here/SearchBytes.java" "$1/target/site" tariff "rare earth" \
    "export control" soybean minister "trade deficit" fentanyl "port fees" semi "the talks"
}

pages_in() { find "$1" -name '*.html' | wc -l; }

# JBake logs "Baked N items in Xms": the bake step alone, without Maven's and the JVM's start.
bake_seconds() { sed -n 's/.*Baked [0-9]* items in \([0-9]*\)ms.*/\1/p' "$1" | tail -1 | awk '{ printf "%.2f", $1 / 1000 }'; }

build_project() {  # <folder> <log>: the project's real build, as a contributor runs it
  pushd "$1" > /dev/null && timed "$2" mvn -B -o package -Dmaven.test.skip=true && popd > /dev/null
}

for n in "${sizes[@]}"; do
  content="$work/content-$n"
  if [ ! -d "$content" ]; then
    echo "generating $n documents ..." >&2
    java "$project/site-tests/src/test/java/dossier/sitetests/SyntheticDossier.java" "$n" "$content"
  fi

  echo "N=$n: project build ..." >&2
  dir="$work/project-$n"
  skeleton "$dir" && cp -r "$content" "$dir/content"
  build_project "$dir" "$work/project-$n.log"
  row "$n" "project" "$(pages_in "$dir/target/site")" "$wall" "$(bake_seconds "$work/project-$n.log")" "$rss" \
    "$(search_kb "$dir")"

  if $stock; then
    echo "N=$n: stock JBake ..." >&2
    dir="$work/stock-$n"
    skeleton "$dir" && java "$here/StockContent.java" "$content" "$dir/content"
    # JBake's own crawler reads content/ (in JBake's header format) and its own renderers bake it.
    sed -i 's/^content.folder=.*/content.folder=content/; s/^data.folder=.*/data.folder=data/' "$dir/jbake.properties"
    rm "$dir/dossier-jbake/src/main/resources/META-INF/services/org.jbake.render.RenderingTool"
    rm -rf "$dir/templates" && mkdir "$dir/templates"
    for template in $(sed -n 's/^template\.[a-z]*\.file=//p' "$project/jbake.properties"); do
      cp "$here/stock-templates/page.ftl" "$dir/templates/$template"
    done
    build_project "$dir" "$work/stock-$n.log"
    row "$n" "stock JBake" "$(pages_in "$dir/target/site")" "$wall" "$(bake_seconds "$work/stock-$n.log")" "$rss" -
  fi

  if $hugo; then
    echo "N=$n: Hugo ..." >&2
    dir="$work/hugo-$n"
    rm -rf "$dir" && mkdir -p "$dir" && cp -r "$here/hugo/." "$dir/" && cp -r "$content" "$dir/content"
    # Hugo reserves the front-matter field url for the page's own address: a source's is renamed for it.
    find "$dir/content" -name '*.md' -exec sed -i 's/^url: /document_url: /' {} +
    timed "$work/hugo-$n.log" hugo --quiet --source "$dir" --destination "$dir/public"
    row "$n" "Hugo $(hugo version | sed -n 's/^hugo v\([0-9.]*\).*/\1/p')" "$(pages_in "$dir/public")" "$wall" "$wall" "$rss" -
  fi
done

if $real; then
  echo "real dossier: bakes in one JVM ..." >&2
  dir="$work/project-${sizes[0]}"
  # site-tests' test class path is the bake's: the extension, then jbake-core and the libraries the JBake
  # plugin bundles (Freemarker, flexmark); packaged here, without baking.
  # Not offline: this step is not timed, and a fresh machine may not have the dependency plugin (pinned here) yet.
  (cd "$dir" && mvn -B -q -pl dossier-jbake,dossier-preview,site-tests package org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
      -Dmaven.test.skip=true -Dmdep.includeScope=test -Dmdep.outputFile=classpath.txt > "$work/classpath.log" 2>&1) \
      || { cat "$work/classpath.log" >&2; exit 1; }
  classpath="$(cat "$dir/site-tests/classpath.txt")"
  real_dir="$work/real" && rm -rf "$real_dir" && mkdir -p "$real_dir"
  cp -r "$project/content" "$project/templates" "$project/assets" "$project/jbake.properties" "$real_dir/"
  timed "$work/real.log" java -Djava.util.logging.config.file="$project/.mvn/logging.properties" \
      -cp "$classpath" "$here/WarmBake.java" "$real_dir" "$real_dir/out" 5
  real_docs=$(find "$project/content" -name '*.md' | wc -l)
  first=$(awk '/^WARM-BAKE 1 / { printf "%.2f", $3 / 1000 }' "$work/real.log")
  warm=$(awk '/^WARM-BAKE/ && $2 > 1 { s += $3; n++ } END { printf "%.2f", s / n / 1000 }' "$work/real.log")
  # The live preview: from saving a quote to the open page being told to reload, then to the reloaded page.
  timed "$work/reload.log" java -Djava.util.logging.config.file="$project/.mvn/logging.properties" \
      -cp "$classpath" "$here/ReloadLatency.java" "$real_dir" "$real_dir/preview" 11
  # Medians over saves 2–11 (the first includes the JIT warming up).
  told=$(awk '/^RELOAD/ && $2 > 1 { print $3 }' "$work/reload.log" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2 }')
  shown=$(awk '/^RELOAD/ && $2 > 1 { print $4 }' "$work/reload.log" | sort -n | awk '{ v[NR] = $1 } END { printf "%.0f", (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2 }')
fi

# ---- the table ----
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo),"\
  "$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(java -version 2>&1 | head -1), $(date +%Y-%m-%d)"
echo
echo "| documents | engine | pages written | process wall s | bake s | ms per document | documents per s | peak RSS MB | search KB per query |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
awk -F'\t' '{ printf "| %\047d | %s | %\047d | %.1f | %.2f | %.2f | %.0f | %\047d | %s |\n", $1, $2, $3, $4, $5, 1000 * $5 / $1, $1 / $5, $6, $7 }' "$rows"
echo
echo "bake s: JBake's own \"Baked N items in X ms\" (the bake step, after Maven and the JVM started); for Hugo, its"\
  "process wall time. process wall s: the whole \`mvn package\` (compiling the extension, starting the JVM) or \`hugo\`."\
  "search KB per query: the most the search page downloads before it lists the results of one of ten queries (page,"\
  "lunr, script, manifest, the term shards the query needs, the 20 largest scripts of page entries); - where there is no search."
echo
# Ratios within each N (same run, same machine), and linearity of the project's build.
awk -F'\t' '
  { key = $1 SUBSEP $2; bake[key] = $5; if ($2 == "project") { ns[++k] = $1 } }
  $2 ~ /^Hugo/ { hugo[$1] = $5 }
  $2 == "stock JBake" { stock[$1] = $5 }
  END {
    for (i = 1; i <= k; i++) {
      n = ns[i]; p = bake[n SUBSEP "project"]
      if (n in hugo) printf "- %\047d documents: project bake / Hugo = %.1f×\n", n, p / hugo[n]
      if (n in stock) printf "- %\047d documents: stock JBake bake / project bake = %.1f×\n", n, stock[n] / p
    }
    for (i = 2; i <= k; i++) {
      a = ns[i - 1]; b = ns[i]
      pa = bake[a SUBSEP "project"]; pb = bake[b SUBSEP "project"]
      printf "- project: time per document at %\047d / at %\047d documents = %.2f", b, a, (pb / b) / (pa / a)
      if (i > 2) { z = ns[i - 2]; pz = bake[z SUBSEP "project"]
        printf "; time per added document, %\047d→%\047d / %\047d→%\047d = %.2f", a, b, z, a, ((pb - pa) / (b - a)) / ((pa - pz) / (a - z)) }
      printf "\n"
    }
  }' "$rows"
if $real; then
  echo "- the real dossier ($real_docs files): first bake step in a fresh JVM ${first} s; warm re-bake (what the"\
    "preview does on a saved edit) ${warm} s on average over 4"
  echo "- live preview, real dossier: from saving one quote to the open page told to reload ${told} ms, to the"\
    "reloaded page served ${shown} ms (medians over saves 2–11; the watcher waits 300 ms for the save to settle)"
fi
