#!/usr/bin/env bash
# Validate the Kubernetes manifests offline: `kustomize build` of each overlay (all of them
# when none is named) piped into `kubeconform -strict` with the Kubernetes and CRD schemas of
# ../shared/k8s-schemas (beside the repository). Installs kustomize and kubeconform from the
# Go module proxy when missing (once, into ~/.cache/jxc-tools/bin; about 40 s with a cold Go
# module cache, nothing afterwards). `validate.sh --file F.yaml` checks one manifest file.
#   JXC_K8S_SCHEMAS   the schema folder (default: <repo>/../shared/k8s-schemas)
#   JXC_TOOLS_BIN     where the tools live (default: ~/.cache/jxc-tools/bin)
set -euo pipefail
ROOT=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
SCHEMAS=${JXC_K8S_SCHEMAS:-$ROOT/../shared/k8s-schemas}
if [[ -z ${JXC_K8S_SCHEMAS:-} && ! -d $SCHEMAS ]]; then
  # A git worktree: beside the main checkout instead.
  MAIN=$(dirname "$(git -C "$ROOT" rev-parse --path-format=absolute --git-common-dir)")
  SCHEMAS=$MAIN/../shared/k8s-schemas
fi
BIN=${JXC_TOOLS_BIN:-${XDG_CACHE_HOME:-$HOME/.cache}/jxc-tools/bin}
KUBECONFORM_VERSION=v0.8.0
KUSTOMIZE_VERSION=v5.8.2

install_tools() {
  mkdir -p "$BIN"
  local go
  go=$(command -v go || echo /usr/local/go/bin/go)
  if [[ ! -x $BIN/kubeconform || ! -x $BIN/kustomize ]] && [[ ! -x $go ]]; then
    echo "kustomize and kubeconform are installed with Go (>= 1.26), which is missing" >&2
    exit 2
  fi
  if [[ ! -x $BIN/kubeconform ]]; then
    echo "installing kubeconform $KUBECONFORM_VERSION into $BIN" >&2
    GOBIN=$BIN "$go" install "github.com/yannh/kubeconform/cmd/kubeconform@$KUBECONFORM_VERSION"
  fi
  if [[ ! -x $BIN/kustomize ]]; then
    echo "installing kustomize $KUSTOMIZE_VERSION into $BIN" >&2
    GOBIN=$BIN "$go" install "sigs.k8s.io/kustomize/kustomize/v5@$KUSTOMIZE_VERSION"
  fi
}

conform() {
  "$BIN/kubeconform" -strict -summary -kubernetes-version 1.32.2 \
    -schema-location "$SCHEMAS/kubernetes/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
    -schema-location "$SCHEMAS/crds/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json" \
    "$@"
}

[[ -d $SCHEMAS/kubernetes ]] || { echo "no schemas at $SCHEMAS" >&2; exit 2; }
install_tools
if [[ ${1:-} == --install-only ]]; then exit 0; fi
if [[ ${1:-} == --file ]]; then
  conform "$2"
  exit
fi
overlays=("$@")
if [[ ${#overlays[@]} -eq 0 ]]; then
  overlays=("$ROOT"/deploy/k8s/overlays/*/)
fi
for overlay in "${overlays[@]}"; do
  echo "== ${overlay%/}" >&2
  "$BIN/kustomize" build "$overlay" | conform -
done
