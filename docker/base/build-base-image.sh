#!/usr/bin/env bash
# Builds Steadfast's base image, Debian bookworm (minbase) with OpenJDK 17's headless JRE, from Debian's
# packages alone: no image registry is reachable from these machines, so nothing is ever pulled.
# Idempotent: when an image with the same request label (suite, packages, recipe) exists, it only prints the
# image's name.
#
# Usage: docker/base/build-base-image.sh       (prints the image reference on stdout; progress on stderr)
# Environment (all optional):
#   STEADFAST_BASE_IMAGE   image reference to build (default localhost/steadfast/base:bookworm-jre17)
#   STEADFAST_APT_MIRROR   Debian mirror URI (default: the one this machine's apt is configured with)
#   STEADFAST_STATE        state folder, as for bin/steadfast (debootstrap's .deb cache lives under it)
#   STEADFAST_BASE_STRICT  1: fail when Debian's packages no longer match packages.manifest (for CI that
#                          must not move); otherwise the manifest is rewritten and the difference printed
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
docker_dir="$(dirname "$here")"
# Podman settings of the project (runc, rlimits these machines accept), without editing global config.
export CONTAINERS_CONF="${CONTAINERS_CONF:-$docker_dir/containers.conf}"

image="${STEADFAST_BASE_IMAGE:-localhost/steadfast/base:bookworm-jre17}"
suite=bookworm
# What WildFly needs beyond minbase (bash, sed, grep, coreutils, findutils, hostname are Essential, so
# already there): the JRE (brings ca-certificates and the Java trust store), curl for health checks in
# compose/podman healthchecks, procps (ps, pgrep) for diagnosis inside a container.
packages=openjdk-17-jre-headless,curl,procps
# Bump when the slimming or the image settings below change, so existing images are rebuilt.
recipe=2
manifest_file="$here/packages.manifest"
state="${STEADFAST_STATE:-$HOME/.local/state/steadfast}/containers"
cache="$state/debootstrap-cache"

log() { echo "build-base-image: $*" >&2; }

# debootstrap and rootful podman need root; the project's machines run as root.
[ "$(id -u)" = 0 ] || { log "needs root"; exit 1; }
for tool in podman debootstrap chroot flock; do
    command -v "$tool" >/dev/null || { log "$tool missing (apt-get install -y podman runc debootstrap)"; exit 1; }
done

# The request label: changing the suite, the package list or the recipe rebuilds even before the
# manifest (known only after debootstrap) could tell.
request="$(printf '%s\n' "$suite" "$packages" "$recipe" | sha256sum | cut -c1-16)"

# Up to date when an image of the same request exists. The manifest does not decide it: Debian's mirror moves on
# between point releases, and the image of a request is kept until the request (suite, packages, recipe) changes;
# a build compares what it installed with packages.manifest and says what moved.
up_to_date() {
    podman image exists "$image" || return 1
    [ "$(podman image inspect --format '{{index .Labels "org.steadfast.base.request"}}' "$image")" = "$request" ]
}

# The Debian mirror apt is configured with here (deb822 *.sources first, then one-line *.list files), so
# the image comes from the same registry as the machine's own packages.
apt_mirror() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -r "$f" ] || continue
        awk -v s="$suite" '
            function flush() { if (!done && deb && hit && uri != "") { print uri; done = 1 } deb = hit = 0; uri = "" }
            /^[[:space:]]*$/ { flush(); next }
            /^Types:/  { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
            /^URIs:/   { uri = $2 }
            /^Suites:/ { for (i = 2; i <= NF; i++) if ($i == s) hit = 1 }
            END { flush() }' "$f"
    done
    { cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true; } | awk -v s="$suite" '
        $1 == "deb" { i = 2; if ($i ~ /^\[/) { while (i <= NF && $i !~ /\]$/) i++; i++ }
                      if ($(i + 1) == s) print $i }'
}

if up_to_date; then
    log "up to date: $image"
    echo "$image"
    exit 0
fi

mirror="${STEADFAST_APT_MIRROR:-}"
if [ -z "$mirror" ]; then
    # (head may close the pipe early; that is not a failure)
    mirror="$(apt_mirror | head -n 1)" || true
fi
[ -n "$mirror" ] || { log "no Debian mirror for $suite found in /etc/apt; set STEADFAST_APT_MIRROR"; exit 1; }

mkdir -p -m 700 "$state"
mkdir -p "$cache"
# One build at a time (CI and a developer's command may race for the same cache and image name).
exec 9>"$state/base-image.lock"
flock 9
if up_to_date; then
    log "up to date (built meanwhile): $image"
    echo "$image"
    exit 0
fi

work="$(mktemp -d "$state/base-image.XXXXXX")"
rootfs="$work/rootfs"
# The imported image until it is tagged: removed if the script ends before that (a failed smoke test, a kill).
new_id=""
tagged=0
cleanup() {
    if [ -n "$new_id" ] && [ "$tagged" = 0 ]; then
        podman rmi "$new_id" >/dev/null 2>&1 || true
    fi
    # debootstrap mounts /proc and /sys inside the target while it works; a failed run may leave them.
    findmnt -rn -o TARGET | grep -F "$rootfs/" | sort -r | xargs -r umount -l || true
    rm -rf --one-file-system "$work"
}
trap cleanup EXIT

started=$SECONDS
log "debootstrap $suite from $mirror (about 1.5 minutes cold, 1 minute with the .deb cache)"
# --cache-dir keeps the downloaded .debs between runs (saves the downloads, about 30 s);
# --keyring: the Release file is checked against Debian's archive key, as apt does.
if ! debootstrap --variant=minbase --include="$packages" --cache-dir="$cache" \
    --keyring=/usr/share/keyrings/debian-archive-keyring.gpg \
    "$suite" "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1; then
    tail -n 30 "$work/debootstrap.log" >&2
    log "debootstrap failed"
    exit 1
fi

# The package manifest: the exact Debian versions in the image. Debian's mirror serves only the current
# version of each package, so versions cannot be pinned at install time; they are recorded, compared
# with the committed manifest and put in a label instead.
chroot "$rootfs" dpkg-query -W -f '${Package}=${Version}\n' | LC_ALL=C sort >"$work/packages.manifest"
if [ ! -s "$manifest_file" ]; then
    cp "$work/packages.manifest" "$manifest_file"
    log "wrote $manifest_file: commit it"
elif ! cmp -s "$work/packages.manifest" "$manifest_file"; then
    diff -u "$manifest_file" "$work/packages.manifest" >&2 || true
    if [ "${STEADFAST_BASE_STRICT:-0}" = 1 ]; then
        log "Debian's packages differ from $manifest_file (STEADFAST_BASE_STRICT=1)"
        exit 1
    fi
    cp "$work/packages.manifest" "$manifest_file"
    log "Debian's packages moved on: $manifest_file rewritten, commit the change"
fi
manifest_hash="$(sha256sum <"$manifest_file" | cut -c1-16)"

# Slimming (491 MB -> about 300 MB): the .debs and apt lists are build leftovers; docs, man pages and
# translations are not used by a server (copyright files stay, for the licences). The host's hostname
# and resolv.conf, which debootstrap copies in, must not end up in an image: podman provides both at
# run time, as it provides /dev.
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/lib/apt/lists/* \
    "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/* "$rootfs"/var/log/* "$rootfs"/tmp/* \
    "$rootfs"/etc/hostname "$rootfs"/etc/resolv.conf
find "$rootfs/usr/share/doc" -xdev -mindepth 1 ! -type d ! -name copyright -delete
find "$rootfs/usr/share/doc" -xdev -mindepth 1 -type d -empty -delete
find "$rootfs/dev" -xdev -mindepth 1 -delete

# The JRE's home, as Debian names it for this machine's architecture.
java_home="$(dirname "$(dirname "$(chroot "$rootfs" readlink -f /usr/bin/java)")")"

# The image this replaces, if any, removed after the import so no untagged copy (300 MB) is left.
old_id="$(podman image inspect --format '{{.Id}}' "$image" 2>/dev/null || true)"

# Import, untagged until the smoke test below passes: a tagged image is taken as up to date by the next run.
# PATH must be set explicitly (kube play does not add a default PATH when a Pod sets env); the request label makes
# this script idempotent; the manifest hash records what the image holds.
new_id="$(tar --numeric-owner -C "$rootfs" -c . | podman import --quiet \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "ENV JAVA_HOME=$java_home" \
    --change 'ENV LANG=C.UTF-8' \
    --change "LABEL org.steadfast.base.request=$request" \
    --change "LABEL org.steadfast.base.manifest=$manifest_hash" \
    --change "LABEL org.steadfast.base.suite=$suite" \
    --change 'CMD ["/bin/bash"]' \
    -)"

# Smoke test: the JVM starts under this machine's runtime and limits.
if ! podman run --rm --network=none "$new_id" java -version >/dev/null 2>&1; then
    log "the new image's java does not start"
    exit 1
fi
podman tag "$new_id" "$image"
tagged=1

if [ -n "$old_id" ] && [ "$old_id" != "$new_id" ]; then
    podman rmi "$old_id" >/dev/null 2>&1 || log "previous image $old_id still in use; left in place"
fi

log "built $image in $((SECONDS - started)) s (manifest $manifest_hash)"
echo "$image"
