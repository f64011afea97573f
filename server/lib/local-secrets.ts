import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const SECRET_NAMES = ["AUTH_SECRET", "ID_ENCRYPTION_KEY", "ID_HMAC_KEY"] as const;
type Secrets = Record<(typeof SECRET_NAMES)[number], string>;
const ZStoredSecrets = z.object({ AUTH_SECRET: z.string(), ID_ENCRYPTION_KEY: z.string(), ID_HMAC_KEY: z.string() }).partial();

/**
 * Fills AUTH_SECRET / ID_ENCRYPTION_KEY / ID_HMAC_KEY from the environment or, for a local run,
 * from `.data/secrets.json`, generated on first start (mode 600). Production sets them in env.
 */
export function ensureLocalSecrets(dataDir = path.join(process.cwd(), ".data")): void {
  const file = path.join(dataDir, "secrets.json");
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = ZStoredSecrets.parse(JSON.parse(readFileSync(file, "utf8")));
  const next: Secrets = {
    AUTH_SECRET: stored.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    ID_ENCRYPTION_KEY: stored.ID_ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
    ID_HMAC_KEY: stored.ID_HMAC_KEY ?? randomBytes(32).toString("base64"),
  };
  const missing = SECRET_NAMES.filter((k) => !process.env[k]);
  if (missing.length === 0) return;
  if (JSON.stringify(stored) !== JSON.stringify(next)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(next, null, 2), { mode: 0o600 });
  }
  for (const k of missing) process.env[k] = next[k];
}
