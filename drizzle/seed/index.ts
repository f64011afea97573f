// `npm run db:seed`: migrate and seed the configured database (idempotent).
import { openDatabase } from "@/server/db";
import { ensureLocalSecrets } from "@/server/lib/local-secrets";
import { seed } from "./seed";

ensureLocalSecrets();
const handle = await openDatabase();
await handle.migrate();
const { created } = await seed(handle.db);
console.log(`seeded (${handle.backend}): ${created} demo accounts created`);
await handle.close();
