#!/usr/bin/env bash
# Local single-node Kafka (KRaft, broker+controller in one JVM) for development and tests.
#   deploy/local/kafka.sh {start|stop|status}
# Jars come from Maven Central (deploy/local/kafka/pom.xml); data, config, pid and logs live
# in .data/kafka/. Bootstrap: 127.0.0.1:9092.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/deploy/local"
K="$ROOT/.data/kafka"
PIDFILE="$K/kafka.pid"
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
# shellcheck source=/dev/null
source "$HERE/proc.sh"
JAVA_LOG_OPTS=(-Dlog4j2.configurationFile="$HERE/kafka/log4j2.xml" -Dkafka.logs.dir="$K")

port_open() { (exec 3<>/dev/tcp/127.0.0.1/9092) 2>/dev/null; }

# A metadata request through aiokafka, when a Python with aiokafka is at hand; else the port alone.
answers() {
  port_open || return 1
  "$PYTHON" -c 'import aiokafka' 2>/dev/null || return 0
  "$PYTHON" - <<'EOF' >/dev/null 2>&1
import asyncio
from aiokafka.admin import AIOKafkaAdminClient

async def main() -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers="127.0.0.1:9092", request_timeout_ms=5000)
    try:
        await asyncio.wait_for(admin.start(), 10)
        meta = await asyncio.wait_for(admin.describe_cluster(), 10)
        assert meta["brokers"]
    finally:
        await admin.close()

asyncio.run(main())
EOF
}

our_pid() {  # prints the pid of our broker if it is running
  [[ -f $PIDFILE ]] || return 1
  local pid; pid=$(cat "$PIDFILE")
  alive "$pid" kafka.Kafka && echo "$pid"
}

fetch_jars() {
  # The marker is a copy of the pom, so editing the pom (e.g. a new Kafka version) refetches.
  cmp -s "$HERE/kafka/pom.xml" "$K/libs/.fetched-pom.xml" && return 0
  echo "kafka: fetching broker jars from Maven Central into $K/libs ..."
  rm -rf "$K/libs"
  mvn -B -f "$HERE/kafka/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$K/libs" >"$K/mvn.log" 2>&1 \
    || { echo "kafka: maven failed; last lines of $K/mvn.log:" >&2; tail -n 30 "$K/mvn.log" >&2; exit 1; }
  cp "$HERE/kafka/pom.xml" "$K/libs/.fetched-pom.xml"
}

write_config() {
  cat >"$K/server.properties" <<EOF
# Written by deploy/local/kafka.sh on every start; edit the script, not this file.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:9093
listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://127.0.0.1:9092
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$K/data
num.partitions=12
default.replication.factor=1
min.insync.replicas=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
auto.create.topics.enable=false
group.initial.rebalance.delay.ms=0
log.retention.ms=-1
num.network.threads=2
num.io.threads=4
EOF
}

start() {
  if pid=$(our_pid); then
    echo "kafka: already running (pid $pid) on 127.0.0.1:9092"
    wait_ready "$pid" 0
    return 0
  fi
  if answers; then echo "kafka: something already answers on 127.0.0.1:9092; not starting another"; return 0; fi
  if port_open; then echo "kafka: 127.0.0.1:9092 is taken but is not a Kafka that answers" >&2; exit 1; fi
  mkdir -p "$K/data"
  if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y openjdk-17-jre-headless maven
  fi
  fetch_jars
  write_config
  if [[ ! -f $K/data/meta.properties ]]; then
    local id; id=$(java -Xmx256m "${JAVA_LOG_OPTS[@]}" -cp "$K/libs/*" kafka.tools.StorageTool random-uuid)
    java -Xmx256m "${JAVA_LOG_OPTS[@]}" -cp "$K/libs/*" kafka.tools.StorageTool \
      format --standalone -t "$id" -c "$K/server.properties" >"$K/format.log"
    echo "kafka: formatted $K/data (cluster id $id)"
  fi
  local log_from=1
  [[ -f $K/server.log ]] && log_from=$(( $(stat -c %s "$K/server.log") + 1 ))
  setsid nohup java -Xms512m -Xmx1g -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    "${JAVA_LOG_OPTS[@]}" -cp "$K/libs/*" kafka.Kafka "$K/server.properties" \
    >"$K/kafka.out" 2>&1 </dev/null &
  echo $! >"$PIDFILE"
  echo "kafka: starting (pid $!), log $K/server.log"
  wait_ready "$!" "$log_from"
}

# wait_ready PID LOG_FROM: until the broker logged "Kafka Server started" (at/after byte
# LOG_FROM of server.log; 0 = don't look) and it answers on 9092. 90 s at most.
wait_ready() {
  local pid=$1 log_from=$2
  for _ in $(seq 1 90); do
    if ! alive "$pid"; then fail "kafka: the broker exited during startup"; fi
    (( $(stat -c %s "$K/server.log" 2>/dev/null || echo 0) + 1 < log_from )) && log_from=1  # log rolled
    if { [[ $log_from == 0 ]] || tail -c +"$log_from" "$K/server.log" 2>/dev/null | grep -c 'Kafka Server started' >/dev/null; } \
       && answers; then
      echo "kafka: ready on 127.0.0.1:9092"; return 0
    fi
    sleep 1
  done
  fail "kafka: not ready after 90 s"
}

fail() {
  echo "$1; last lines of $K/server.log and $K/kafka.out:" >&2
  tail -n 40 "$K/server.log" "$K/kafka.out" >&2 2>/dev/null || true
  exit 1
}

stop() {
  local pid
  if ! pid=$(our_pid); then echo "kafka: not running"; rm -f "$PIDFILE"; return 0; fi
  kill -TERM "$pid"
  for _ in $(seq 1 30); do alive "$pid" || break; sleep 1; done
  if alive "$pid"; then echo "kafka: still up after 30 s, killing"; kill -KILL "$pid"; fi
  while alive "$pid"; do sleep 0.2; done
  rm -f "$PIDFILE"
  echo "kafka: stopped"
}

status() {
  local pid
  if pid=$(our_pid); then echo "kafka: running (pid $pid) on 127.0.0.1:9092"; return 0; fi
  if answers; then echo "kafka: not ours, but something answers on 127.0.0.1:9092"; return 0; fi
  echo "kafka: not running"; return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 {start|stop|status}" >&2; exit 2 ;;
esac
