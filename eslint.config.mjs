import { readdirSync } from "node:fs";
import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

/*
 * Import boundaries (README "Import boundaries"). typescript-eslint's no-restricted-imports with
 * `allowTypeImports`: a type import is erased at build time, so it never pulls a server module into a
 * client bundle or couples code at run time — the rules below restrict value imports only.
 */
const MODULES = readdirSync(new URL("./server/modules", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const SEED = {
  regex: "(^|/)drizzle/seed(/|$)",
  message: "Only drizzle/seed (and the scripts and tests that seed a database) import seed files; types live in the module.",
};

/** One rule entry per file group (ESLint keeps only the last matching config's options for a rule), so each lists all its patterns. */
const restrict = (...patterns) => ["error", { patterns: patterns.map((p) => ({ allowTypeImports: true, ...p })) }];

const config = [
  ...next,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // Every UPDATE and DELETE must say which rows (drizzle objects only, so Map#delete is unaffected).
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // App code never depends on seed files.
  {
    files: ["app/**", "server/**", "drizzle/schema/**", "proxy.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-restricted-imports": restrict(SEED) },
  },
  // Components render; they reach the server through server actions and read pure labels, roles and types.
  {
    files: ["components/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(SEED, {
        regex: "^@/(drizzle/|server/(?!actions/|auth/roles$|modules/[^/]+/(labels|validation)$|modules/content/sections$))",
        message:
          "Components never import the database, services or server internals: call a server action, or import a label/roles file, a module's zod schemas (validation.ts, shared by form and procedure) or a type (import type).",
      }),
    },
  },
  // Pages read data through the tRPC caller (server/request.ts), never the database.
  {
    files: ["app/**/page.tsx", "app/**/layout.tsx"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(SEED, {
        regex: "^@/(server/db$|drizzle/schema(/|$)|server/modules/[^/]+/service$)",
        message: "Pages get data through the tRPC caller (getCaller() in server/request.ts); add a procedure instead.",
      }),
    },
  },
  // Modules: no Next, React or app code; another module only through its service, validation or labels.
  ...MODULES.map((mod) => ({
    files: [`server/modules/${mod}/**`],
    // Unit tests beside the code may reach into what they test.
    ignores: ["**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": restrict(
        SEED,
        {
          regex: "^(next(/|$)|react(-dom)?(/|$)|@/app/|@/server/(request|guard)$|@/server/pages/)",
          message:
            "Modules never import Next, React or app/ code: page helpers live in server/pages/, request helpers in server/request.ts.",
        },
        {
          regex: `^@/server/modules/(?!${mod}/)[^/]+/(?!(service|validation|labels|index)$)`,
          message:
            "A module reaches another only through its service.ts (functions), validation.ts (schemas) or labels.ts; internal files stay private.",
        },
        {
          regex: "^\\.\\./\\.\\./",
          message: "Cross-module imports use the @/server/modules/<module>/… alias, so the boundary rule sees them.",
        },
      ),
    },
  })),
  { ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
