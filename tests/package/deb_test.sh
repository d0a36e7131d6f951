#!/usr/bin/env bash
# The .deb of `make package` on this machine, end to end (CTest `package_deb`,
# label `package`; `make test-package`, not part of `make test`):
#   install it with dpkg -i; check what it put where (binary, data, web app,
#   unit, conffile, the system user and its state directory); check the unit
#   with systemd-analyze; run the unit's ExecStart command line as the platewise
#   user, as systemd would (its working directory and umask), on a free port;
#   check /healthz and the web app; remove the package, then purge it, and check
#   that the database was kept both times.
#
# It needs root (dpkg, a system user). It refuses to run where Platewise is
# already installed, or where /var/lib/platewise exists, so it never touches
# an administrator's package or data. Whatever happens, it leaves the machine
# as it found it: the package purged, and the user and /var/lib/platewise it
# caused removed (which the package's own scripts never do).
#
# Usage: tests/package/deb_test.sh PATH/platewise_VERSION_ARCH.deb
set -euo pipefail

deb=${1:?usage: deb_test.sh PACKAGE.deb}
state=/var/lib/platewise
unit=/usr/lib/systemd/system/platewise.service

fail() {
  echo "deb_test: FAIL: $*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || fail "needs root (it installs the package with dpkg -i); run it as root or skip it"
[ -f "$deb" ] || fail "no package at $deb: run 'make package' first"
if dpkg-query -W -f='${Status}' platewise 2>/dev/null | grep -qv 'not-installed'; then
  fail "the platewise package is already on this machine ($(dpkg-query -W -f='${Status}' platewise)): not touching it"
fi
[ ! -e "$state" ] || fail "$state exists (someone's data?): not touching it"

user_existed=no
getent passwd platewise >/dev/null && user_existed=yes
work=$(mktemp -d)
server_pid=

cleanup() {
  local status=$?
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  dpkg_retry --purge platewise >/dev/null 2>&1 || true
  rm -rf "$state"
  if [ "$user_existed" = no ] && getent passwd platewise >/dev/null; then
    userdel platewise >/dev/null 2>&1 || true
    if getent group platewise >/dev/null; then groupdel platewise >/dev/null 2>&1 || true; fi
  fi
  rm -rf "$work"
  if [ "$status" -eq 0 ]; then echo "deb_test: PASS"; fi
  exit "$status"
}
trap cleanup EXIT

# dpkg with its lock: another dpkg or apt on this machine (scripts/install-deps)
# may hold it for a while.
dpkg_retry() {
  local tries=0
  until dpkg "$@" 2>"$work/dpkg.err"; do
    if grep -q 'lock' "$work/dpkg.err" && [ $tries -lt 60 ]; then
      tries=$((tries + 1)); sleep 2
    else
      cat "$work/dpkg.err" >&2; return 1
    fi
  done
}

echo "deb_test: installing $deb"
dpkg_retry -i "$deb" >"$work/install.log" || { cat "$work/install.log"; fail "dpkg -i failed"; }

echo "deb_test: checking the installed files"
for f in /usr/bin/platewise /usr/share/platewise/data/usda-sr24/foods.csv.gz /usr/share/platewise/data/dri/dri.csv \
         "$unit" /etc/platewise/platewise.toml /usr/share/doc/platewise/operations.md; do
  [ -f "$f" ] || fail "$f is not installed"
done
if dpkg-deb -c "$deb" | grep -q '/usr/share/platewise/web/index.html$'; then
  web=yes
  [ -f /usr/share/platewise/web/index.html ] || fail "the web app is not installed"
else
  web=no
fi
dpkg-query -W -f='${Conffiles}\n' platewise | grep -q '^ /etc/platewise/platewise.toml ' \
  || fail "/etc/platewise/platewise.toml is not a conffile"
[ "$(stat -c '%U:%G %a' /etc/platewise/platewise.toml)" = "root:platewise 640" ] \
  || fail "/etc/platewise/platewise.toml is $(stat -c '%U:%G %a' /etc/platewise/platewise.toml), not root:platewise 640"

echo "deb_test: checking the user and its state directory"
IFS=: read -r _ _ uid _ _ home shell < <(getent passwd platewise) || fail "no platewise user"
[ "$uid" -lt 1000 ] || fail "platewise is uid $uid, not a system user"
[ "$home" = "$state" ] || fail "platewise's home is $home, not $state"
[ "$shell" = /usr/sbin/nologin ] || fail "platewise's shell is $shell, not /usr/sbin/nologin"
[ "$(stat -c '%U:%G %a' "$state")" = "platewise:platewise 700" ] \
  || fail "$state is $(stat -c '%U:%G %a' "$state"), not platewise:platewise 700"

if command -v systemd-analyze >/dev/null; then
  echo "deb_test: systemd-analyze verify and security"
  # Without a running systemd, verify may not find the boot targets; anything
  # else it says about the unit fails the test.
  systemd-analyze verify "$unit" >"$work/verify.log" 2>&1 || true
  if grep -v 'sysinit.target not found\|Failed to create platewise.service/start' "$work/verify.log" | grep -q .; then
    cat "$work/verify.log"; fail "systemd-analyze verify found problems in the unit"
  fi
  exposure=$(systemd-analyze security --offline=yes "$unit" 2>/dev/null | sed -n 's/.*Overall exposure level for platewise.service: \([0-9.]*\).*/\1/p')
  echo "deb_test: systemd-analyze security: exposure $exposure"
  awk -v e="$exposure" 'BEGIN { exit !(e != "" && e + 0 <= 2.0) }' || fail "exposure '$exposure' is above 2.0"
fi

# The unit's command line, as systemd runs it: its user, working directory and
# umask; the file's listen address replaced (through the environment, which
# beats the file) by a free port, since another server may have 8080.
exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
[ "$exec_start" = "/usr/bin/platewise serve" ] || fail "unexpected ExecStart: $exec_start"

echo "deb_test: the installed binary's configuration"
(cd "$state" && setpriv --reuid=platewise --regid=platewise --init-groups -- /usr/bin/platewise config show) >"$work/config.txt" \
  || { cat "$work/config.txt"; fail "config show failed as platewise"; }
grep -q '^# configuration file: /etc/platewise/platewise.toml (default)$' "$work/config.txt" \
  || { cat "$work/config.txt"; fail "the installed binary does not read /etc/platewise/platewise.toml"; }
grep -q '^db = "/var/lib/platewise/platewise.db"  # file /etc/platewise/platewise.toml:' "$work/config.txt" \
  || { cat "$work/config.txt"; fail "the database is not the file's"; }
grep -q '^data_dir = "/usr/share/platewise/data"  # default$' "$work/config.txt" \
  || { cat "$work/config.txt"; fail "the installed binary's data is not under /usr/share/platewise"; }

echo "deb_test: running '$exec_start' as platewise"
(cd "$state" && umask 0077 &&
  exec setpriv --reuid=platewise --regid=platewise --init-groups -- env PLATEWISE_LISTEN=127.0.0.1:0 $exec_start) \
  >"$work/serve.out" 2>"$work/serve.err" &
server_pid=$!
port=
for _ in $(seq 1 300); do
  port=$(sed -n 's|^platewise: serving http://127.0.0.1:\([0-9]*\) .*|\1|p' "$work/serve.out")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || break
  sleep 0.2
done
[ -n "$port" ] || { cat "$work/serve.out" "$work/serve.err"; fail "the server did not start"; }
[ "$(stat -c %U "/proc/$server_pid")" = platewise ] || fail "the server does not run as platewise"

health=$(curl -fsS "http://127.0.0.1:$port/healthz") || fail "/healthz failed"
echo "deb_test: /healthz: $health"
echo "$health" | grep -q '"foods":8858' || fail "/healthz does not report the 8858 bundled foods: $health"
if [ "$web" = yes ]; then
  curl -fsS "http://127.0.0.1:$port/" | grep -qi '<!doctype html' || fail "/ does not serve the web app"
fi
curl -fsS -o /dev/null -X POST -H 'Content-Type: application/json' \
  -d '{"email":"deb-test@example.com","password":"correct horse battery staple"}' \
  "http://127.0.0.1:$port/api/v1/signup" || fail "sign-up failed"

kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
db="$state/platewise.db"
[ -f "$db" ] || fail "no database at $db"
[ "$(stat -c '%U %a' "$db")" = "platewise 600" ] || fail "$db is $(stat -c '%U %a' "$db"), not platewise 600"
size=$(stat -c %s "$db")

echo "deb_test: dpkg -r, then --purge; the data stays"
dpkg_retry -r platewise >/dev/null
[ ! -e /usr/bin/platewise ] || fail "dpkg -r left /usr/bin/platewise"
[ -f /etc/platewise/platewise.toml ] || fail "dpkg -r removed the conffile (only purge does)"
[ -f "$db" ] && [ "$(stat -c %s "$db")" -eq "$size" ] || fail "dpkg -r touched the database"
dpkg_retry --purge platewise >/dev/null
[ ! -e /etc/platewise/platewise.toml ] || fail "dpkg --purge left the conffile"
[ -f "$db" ] && [ "$(stat -c %s "$db")" -eq "$size" ] || fail "dpkg --purge touched the database"
getent passwd platewise >/dev/null || fail "dpkg --purge removed the platewise user, who owns the data"
