import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Shared by this run's workers: the migrated and seeded template databases (tests/helpers/db.ts). */
    testRunDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "nt-vitest-"));
  project.provide("testRunDir", dir);
  return async () => {
    const template = path.join(dir, "postgres-template");
    if (existsSync(template) && process.env.DATABASE_URL) {
      const admin = postgres(process.env.DATABASE_URL, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists ${readFileSync(template, "utf8").trim()} with (force)`);
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
