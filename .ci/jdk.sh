# Sourced by ./tinygo, ./run-tests and .ci/run: selects a JDK >= 21 and exports
# JAVA_HOME and PATH for it. JAVA_HOME wins when it is new enough; otherwise the
# newest JDK under /usr/lib/jvm, Temurin 25 first (the default java here is 17).

tinygo4j_java_major() {
  # prints the feature version of "$1/bin/java" (1 for 1.8-style versions), or nothing
  local v
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  v=$("$1/bin/java" -version 2>&1 | sed -n -E 's/.*version "([0-9]+)[^"]*".*/\1/p' | head -n1)
  echo "$v"
}

tinygo4j_select_jdk() {
  local jh best="" bestv=0 v
  if [ -n "${JAVA_HOME:-}" ]; then
    v=$(tinygo4j_java_major "$JAVA_HOME")
    if [ -n "$v" ] && [ "$v" -ge 21 ]; then
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  fi
  for jh in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
    [ -d "$jh" ] || continue
    v=$(tinygo4j_java_major "$jh")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$bestv" ]; then
      best=$jh bestv=$v
    fi
  done
  if [ -z "$best" ]; then
    echo "tinygo4j needs a JDK >= 21: none found in JAVA_HOME or /usr/lib/jvm (install one, e.g. Temurin 25, and set JAVA_HOME)" >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
