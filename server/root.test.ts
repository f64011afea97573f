import { describe, expect, it } from "vitest";
import { appRouter } from "./root";

/** A built procedure carries its definition in `_def`; `_def.output` is the `.output()` schema. */
function declaresOutput(procedure: unknown): boolean {
  if (typeof procedure !== "function" || !("_def" in procedure)) return false;
  const def: unknown = procedure._def;
  return typeof def === "object" && def !== null && "output" in def && def.output !== undefined;
}

describe("procedure contracts", () => {
  it("every procedure declares .output(), so nothing leaves that is not listed", () => {
    const procedures: [string, unknown][] = Object.entries(appRouter._def.procedures);
    expect(procedures.length).toBeGreaterThan(70);
    expect(procedures.filter(([, p]) => !declaresOutput(p)).map(([path]) => path)).toEqual([]);
  });
});
