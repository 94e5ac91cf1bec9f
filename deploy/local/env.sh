# Source me: `source deploy/local/env.sh`. Exports the local connection settings,
# leaving any variable that is already set alone.
: "${JXC_KAFKA_BOOTSTRAP:=127.0.0.1:9092}"
: "${JXC_PG_ADMIN_URL:=postgresql://jxc:jxc@127.0.0.1:5432/postgres}"
export JXC_KAFKA_BOOTSTRAP JXC_PG_ADMIN_URL
for _jxc_svc in purchasing sales inventory finance crm; do
  _jxc_var="JXC_${_jxc_svc^^}_DATABASE_URL"
  if [[ -z ${!_jxc_var:-} ]]; then
    export "$_jxc_var=postgresql://jxc_${_jxc_svc}:jxc_${_jxc_svc}@127.0.0.1:5432/jxc_${_jxc_svc}"
  fi
done
unset _jxc_svc _jxc_var
