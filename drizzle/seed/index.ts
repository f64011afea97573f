// `npm run db:seed`: migrate and seed the configured database (idempotent). Demo data only in demo
// mode (the embedded database, or SEED_DEMO=1): see server/lib/deployment.ts.
import { openDatabase } from "@/server/db";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { isDemoMode } from "@/server/lib/deployment";
import { seed } from "./seed";

if (isDemoMode()) ensureLocalSecrets();
const handle = await openDatabase();
await handle.migrate();
const demo = isDemoMode();
const { created } = await seed(handle.db, { demo });
console.log(
  `seeded (${handle.backend}): ${demo ? `${created} demo accounts created` : "reference data only (no demo data; SEED_DEMO=1 adds it)"}`,
);
await handle.close();
