# Sourced by the launchers. Builds MODULE's fat jar with Maven when it is missing or older than any source.
# Usage: build_if_stale ROOT MODULE JAR
build_if_stale() {
  local root="$1" module="$2" jar="$3"
  if [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/common" "$root/$module" "$root/migrations" \
        \( -path '*/target' -prune \) -o -type f -newer "$jar" -print -quit 2>/dev/null)" ]; then
    echo "Building $module (first run or sources changed)..." >&2
    mvn -B -q -Dstyle.color=never -f "$root/pom.xml" -pl "$module" -am -DskipTests package >&2 || {
      echo "Build failed; run 'mvn -f $root/pom.xml -pl $module -am package' to see why." >&2; exit 1; }
  fi
}
