/**
 * Which kind of installation this is.
 *
 * - Demo: `npm start` on the embedded database (no DATABASE_URL), or any database with SEED_DEMO=1
 *   (CI and the e2e suite set it). Demo accounts with a published password, the sample Open311 key and
 *   sample data are seeded; secrets may be generated per host; the dev SMS transport prints texts.
 * - Production: NODE_ENV=production with DATABASE_URL (and no SEED_DEMO). Every secret and outside
 *   service must be configured: `productionProblems` names what is missing and `npm start` refuses to
 *   start until it is empty.
 */
type Env = Record<string, string | undefined>;

export function isDemoMode(env: Env = process.env): boolean {
  return !env.DATABASE_URL || env.SEED_DEMO === "1";
}

export function isProductionMode(env: Env = process.env): boolean {
  return env.NODE_ENV === "production" && Boolean(env.DATABASE_URL) && env.SEED_DEMO !== "1";
}

/** Values that are known to everyone who has read this repository. */
const PLACEHOLDERS = new Set(["wx-dev-app", "wx-dev-secret", "test-auth-secret-test-auth-secret-0123456789", "changeme", "secret"]);

function key32(value: string | undefined): boolean {
  return Boolean(value) && Buffer.from(value!, "base64").byteLength === 32;
}

/** What a production installation still lacks, one line per setting (empty: ready). */
export function productionProblems(env: Env = process.env): string[] {
  const problems: string[] = [];
  const secret = env.AUTH_SECRET;
  if (!secret || PLACEHOLDERS.has(secret) || secret.length < 32)
    problems.push("AUTH_SECRET：未设置或过短（至少32个字符，例如 `openssl rand -base64 32`）");
  if (!key32(env.ID_ENCRYPTION_KEY)) problems.push("ID_ENCRYPTION_KEY：未设置或不是 base64 编码的32字节密钥（`openssl rand -base64 32`）");
  if (!key32(env.ID_HMAC_KEY)) problems.push("ID_HMAC_KEY：未设置或不是 base64 编码的32字节密钥（`openssl rand -base64 32`）");
  if (env.ID_HMAC_KEY && env.ID_HMAC_KEY === env.ID_ENCRYPTION_KEY) problems.push("ID_HMAC_KEY：不能与 ID_ENCRYPTION_KEY 相同");
  if (!env.AUTH_URL || !/^https?:\/\//.test(env.AUTH_URL))
    problems.push("AUTH_URL：未设置网站的公开地址（例如 https://www.nantong.gov.cn）");
  const sms = env.SMS_TRANSPORT ?? (env.SMS_GATEWAY_URL ? "http" : "dev");
  if (sms !== "http") problems.push("SMS_TRANSPORT：生产环境须为 http（短信网关），dev 传输只用于演示");
  if (!env.SMS_GATEWAY_URL) problems.push("SMS_GATEWAY_URL：未设置短信网关地址");
  if (!env.SMS_GATEWAY_TOKEN) problems.push("SMS_GATEWAY_TOKEN：未设置短信网关令牌");
  for (const name of ["AUTH_WECHAT_APP_ID", "AUTH_WECHAT_APP_SECRET"]) {
    const v = env[name];
    if (!v || PLACEHOLDERS.has(v)) problems.push(`${name}：未设置或仍是开发占位值（微信登录）`);
  }
  if (env.NT_TEST_INBOX === "1") problems.push("NT_TEST_INBOX：生产环境不能开启测试短信收件箱");
  return problems;
}
