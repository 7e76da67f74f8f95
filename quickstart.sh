#!/usr/bin/env bash
# Builds Setu and starts it on the embedded default (an in-process MongoDB-compatible server whose data lives in
# $SETU_DATA_DIR, ./data by default), with the demo network seeded. Stop it with Ctrl-C; data survives restarts.
set -euo pipefail
cd "$(dirname "$0")"
jar=infra/target/infra-0.1.0-SNAPSHOT-exec.jar
if [ ! -f "$jar" ] || [ -n "$(find . -path ./data -prune -o \( -name '*.java' -o -name 'pom.xml' -o -name '*.yml' -o -name '*.html' -o -name '*.properties' -o -name '*.css' \) -newer "$jar" -print -quit)" ]; then
  echo "Building Setu (first run takes a few minutes while Maven downloads dependencies)..."
  mvn -q -B -DskipTests package
fi
export SETU_DATA_DIR="${SETU_DATA_DIR:-./data}"
# Demo accounts (plain demo passwords: never use this file for real people; see README).
export SETU_USERS_FILE="${SETU_USERS_FILE:-demo/users.json}"
echo "Starting Setu on http://localhost:${SERVER_PORT:-8080} with data in $SETU_DATA_DIR"
exec java -jar "$jar" --setu.seed=demo "$@"
