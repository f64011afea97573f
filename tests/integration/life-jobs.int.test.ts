import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { count, eq } from "drizzle-orm";
import type { DatabaseHandle } from "@/server/db";
import { bookingSlot } from "@/drizzle/schema";
import { runOncePerCluster } from "@/server/lib/cluster-lock";
import { RELEASE_JOB, releaseSlots } from "@/server/modules/life/jobs";
import { addDays, atShanghai, shanghaiDate } from "@/server/modules/life/time";
import { BACKENDS, createTestDatabase } from "../helpers/db";

const cfg = { enabled: true, releaseTime: "07:00", leadMinutes: 30 };

describe.each(BACKENDS)("daily slot release job (%s)", (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDatabase(backend);
    handle = t.handle;
    cleanup = t.cleanup;
  });
  afterAll(async () => cleanup?.());

  it("creates tomorrow's day + 7 at 06:30 (not yet open), opens it at 07:00, and is idempotent", async () => {
    const { db } = handle;
    const tomorrow = addDays(shanghaiDate(new Date()), 1);
    const before = atShanghai(tomorrow, "06:30");
    const first = await releaseSlots(db, before, cfg);
    expect(first.hospitalSlots).toBeGreaterThan(0);
    expect(first.releaseAt).toEqual(atShanghai(tomorrow, "07:00"));
    const [opening] = await db.select({ n: count() }).from(bookingSlot).where(eq(bookingSlot.opensAt, first.releaseAt));
    expect(first.openingAtRelease).toBe(opening!.n);
    expect(first.openingAtRelease).toBeGreaterThan(0);
    // again at 07:00:05: nothing new, the same slots open
    const again = await releaseSlots(db, new Date(first.releaseAt.getTime() + 5_000), cfg);
    expect(again).toMatchObject({ hospitalSlots: 0, ticketDays: 0, openingAtRelease: first.openingAtRelease });
  });

  it("runs once per cluster: a second instance's run at the same moment is skipped", async () => {
    const now = new Date();
    const [a, b] = await Promise.all([
      runOncePerCluster(RELEASE_JOB, () => releaseSlots(handle.db, now, cfg), { handle }),
      runOncePerCluster(RELEASE_JOB, () => releaseSlots(handle.db, now, cfg), { handle }),
    ]);
    expect([a.ran, b.ran].filter(Boolean)).toHaveLength(1);
  });
});
