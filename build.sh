#!/usr/bin/env bash
# Bootstrap for the LegacyPress release pipeline: system packages, the pinned Cake tool, then build.cake.
# Safe to run again and again: a machine that already has everything does no apt work.
#   ./build.sh                    # full release of samples/legacy into artifacts/
#   ./build.sh --target=Test      # build and run every test
set -euo pipefail

# Everything the renderer, promo and press-kit stages call out to, as Debian package names.
APT_PACKAGES=(
  ffmpeg
  espeak-ng
  sox
  poppler-utils
  fontconfig
  fonts-ebgaramond
  fonts-texgyre
  fonts-bebas-neue
  fonts-inter
  fonts-lato
  fonts-roboto
  fonts-noto-core
  fonts-dejavu-core
  chromium
  # The render farm's database (issue 20): its tests start a throwaway server from /usr/lib/postgresql/<v>/bin.
  postgresql
)

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

# Paths given to build.cake (--project, --out) are relative to the repository root.
cd "$(dirname "${BASH_SOURCE[0]}")"

say() { printf 'build.sh: %s\n' "$*" >&2; }

missing_packages() {
  local pkg status
  for pkg in "${APT_PACKAGES[@]}"; do
    # "ii " is dpkg's "installed and configured"; removed-but-configured packages do not count.
    status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "ii"* ]] || printf '%s\n' "$pkg"
  done
}

install_prerequisites() {
  if ! command -v dpkg-query >/dev/null 2>&1; then
    say "dpkg-query not found: this script installs prerequisites on Debian/Ubuntu only."
    say "Install these packages (or their equivalents) yourself: ${APT_PACKAGES[*]}"
    exit 1
  fi

  local missing
  mapfile -t missing < <(missing_packages)
  ((${#missing[@]} == 0)) && return 0

  local as_root=()
  if ((EUID == 0)); then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    say "missing system packages: ${missing[*]}"
    say "install them with:"
    say "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi

  say "installing missing system packages: ${missing[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"

  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} > 0)); then
    say "apt-get finished but these packages are still not installed: ${missing[*]}"
    exit 1
  fi
}

require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    say "the .NET SDK (10.0) is not on PATH; install it and run ./build.sh again."
    exit 1
  fi
}

install_prerequisites
require_dotnet
dotnet tool restore
exec dotnet cake build.cake "$@"
