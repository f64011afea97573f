// Creates signed-in storage states for screenshots: node state.tmp.mjs BASE phone out.json
import { createRequire } from "node:module";
const require = createRequire(process.cwd() + "/");
const { request } = require("@playwright/test");
const [base, phone, out] = process.argv.slice(2);
const ctx = await request.newContext({ baseURL: base });
const { csrfToken } = await (await ctx.get("/api/auth/csrf")).json();
await ctx.post("/api/auth/callback/password", { form: { csrfToken, phone, password: "Nantong@2026", callbackUrl: "/me" }, maxRedirects: 0 });
await ctx.storageState({ path: out });
console.log(await (await ctx.get("/api/auth/session")).text());
await ctx.dispose();
