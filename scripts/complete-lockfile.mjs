#!/usr/bin/env node
// npm 11.19 on this machine writes package-lock.json without the other platforms' optional
// packages (darwin/win32 builds of @next/swc, tailwind oxide, …), and then `npm ci` refuses the
// lockfile ("Missing: … from lock file"; npm/cli#8320, fixed upstream by npm/cli#9083).
// This adds the missing entries from the registry's metadata. Run after `npm install`.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const OS = ["darwin", "win32", "android", "freebsd", "openharmony", "linux", "sunos", "netbsd", "openbsd", "aix"];
const CPU = ["arm64", "x64", "ia32", "arm", "riscv64", "ppc64", "s390x", "loong64", "wasm32"];
function guess(name, list) {
  const parts = name.split("/").pop().split("-");
  const hit = list.find((x) => parts.includes(x)) ?? (list === CPU && parts.includes("wasm32") ? "wasm32" : undefined);
  return hit ? [hit] : undefined;
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const pkgs = lock.packages;
let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    if (pkgs[nested] || pkgs[`node_modules/${name}`]) continue;
    let v;
    try {
      const info = JSON.parse(
        execFileSync("npm", ["view", `${name}@${spec}`, "version", "dist", "os", "cpu", "libc", "--json"], {
          encoding: "utf8",
          stdio: ["ignore", "pipe", "ignore"],
        }),
      );
      v = Array.isArray(info) ? info[info.length - 1] : info;
    } catch {
      // The registry this machine reaches serves only some platforms' builds: record the version
      // and the platform from the package name, which is all `npm ci` needs to skip it.
      v = { version: spec, os: guess(name, OS), cpu: guess(name, CPU) };
    }
    pkgs[`node_modules/${name}`] = {
      version: v.version,
      ...(v.dist ? { resolved: v.dist.tarball, integrity: v.dist.integrity } : {}),
      ...(v.cpu ? { cpu: [v.cpu].flat() } : {}),
      ...(meta.dev ? { dev: true } : {}),
      ...(v.libc ? { libc: [v.libc].flat() } : {}),
      optional: true,
      ...(v.os ? { os: [v.os].flat() } : {}),
    };
    added++;
    console.log(`+ ${name}@${v.version}`);
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync("package-lock.json", JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} lockfile entries`);
