import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptField, encryptField, lookupHash, parseKey } from "./crypto";

const KEY = Buffer.alloc(32, 7);
const OTHER_KEY = Buffer.alloc(32, 8);

/** Replaces part `index` of a token with `value`. */
function withPart(token: string, index: number, value: string): string {
  const parts = token.split(".");
  parts[index] = value;
  return parts.join(".");
}

/** Flips one bit of a base64url part, keeping it valid base64url of the same length. */
function flipBit(part: string): string {
  const bytes = Buffer.from(part, "base64url");
  bytes[0] ^= 0x01;
  return bytes.toString("base64url");
}

describe("encryptField / decryptField", () => {
  it("round-trips ASCII, Chinese and empty strings", () => {
    for (const text of ["11010519491231002X", "南通市崇川区濠河路1号", ""]) {
      expect(decryptField(encryptField(text, KEY), KEY)).toBe(text);
    }
  });

  it("produces the v1.<iv>.<tag>.<ciphertext> format with a 12-byte IV and 16-byte tag", () => {
    const token = encryptField("11010519491231002X", KEY);
    const parts = token.split(".");
    expect(parts).toHaveLength(4);
    expect(parts[0]).toBe("v1");
    for (const p of parts.slice(1)) expect(p).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(parts[1], "base64url")).toHaveLength(12);
    expect(Buffer.from(parts[2], "base64url")).toHaveLength(16);
    expect(Buffer.from(parts[3], "base64url")).toHaveLength(18); // GCM adds no padding
    expect(token).not.toContain("11010519491231002X");
  });

  it("uses a fresh IV each time so equal plaintexts differ", () => {
    const a = encryptField("same", KEY);
    const b = encryptField("same", KEY);
    expect(a).not.toBe(b);
    expect(a.split(".")[1]).not.toBe(b.split(".")[1]);
  });

  it("detects tampering with the ciphertext, tag or IV", () => {
    const token = encryptField("11010519491231002X", KEY);
    for (const index of [1, 2, 3]) {
      const tampered = withPart(token, index, flipBit(token.split(".")[index]));
      expect(() => decryptField(tampered, KEY), `part ${index}`).toThrow(/authentication failed/);
    }
  });

  it("fails with the wrong key", () => {
    const token = encryptField("secret", KEY);
    expect(() => decryptField(token, OTHER_KEY)).toThrow(/authentication failed/);
  });

  it("rejects malformed tokens", () => {
    const token = encryptField("secret", KEY);
    expect(() => decryptField("", KEY)).toThrow(/malformed/);
    expect(() => decryptField(withPart(token, 0, "v2"), KEY)).toThrow(/malformed/);
    expect(() => decryptField(token + ".extra", KEY)).toThrow(/malformed/);
    expect(() => decryptField(withPart(token, 3, "abc*def"), KEY)).toThrow(/malformed/);
    expect(() => decryptField(withPart(token, 1, "AAAA"), KEY)).toThrow(/malformed/); // 3-byte IV
    expect(() => decryptField(withPart(token, 2, "AAAA"), KEY)).toThrow(/malformed/); // 3-byte tag
  });

  it("rejects keys that are not 32 bytes", () => {
    expect(() => encryptField("x", Buffer.alloc(16))).toThrow(/32 bytes/);
    expect(() => decryptField(encryptField("x", KEY), Buffer.alloc(31))).toThrow(/32 bytes/);
  });
});

describe("lookupHash", () => {
  it("is a stable 64-character hex HMAC-SHA256", () => {
    const h = lookupHash("11010519491231002X", KEY);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(lookupHash("11010519491231002X", KEY)).toBe(h);
  });

  it("matches the RFC 4868 §2.7.2.1 HMAC-SHA-256 test vector (key 0x0b × 32)", () => {
    // Also reproducible with
    // `printf 'Hi There' | openssl dgst -sha256 -mac HMAC -macopt hexkey:0b…0b`.
    expect(lookupHash("Hi There", Buffer.alloc(32, 0x0b))).toBe("198a607eb44bfbc69903a0f1cf2bbdc5ba0aa3f3d9ae3c1c7a3b1696a0b68cf7");
  });

  it("depends on the key and on the value", () => {
    expect(lookupHash("11010519491231002X", KEY)).not.toBe(lookupHash("11010519491231002X", OTHER_KEY));
    expect(lookupHash("11010519491231002X", KEY)).not.toBe(lookupHash("11010519491231002x", KEY));
  });

  it("rejects keys that are not 32 bytes", () => {
    expect(() => lookupHash("x", Buffer.alloc(0))).toThrow(/32 bytes/);
  });
});

describe("parseKey", () => {
  it("decodes a standard base64 32-byte key", () => {
    const raw = randomBytes(32);
    expect(parseKey(raw.toString("base64"), "ID_ENCRYPTION_KEY").equals(raw)).toBe(true);
  });

  it("accepts base64url and surrounding whitespace", () => {
    const raw = Buffer.alloc(32, 0xfb); // encodes with "+"/"/" in standard base64
    expect(raw.toString("base64")).toMatch(/[+/]/);
    expect(parseKey(` ${raw.toString("base64url")}\n`, "ID_HMAC_KEY").equals(raw)).toBe(true);
  });

  it("names the env var when the value is missing", () => {
    expect(() => parseKey("", "ID_ENCRYPTION_KEY")).toThrow(/ID_ENCRYPTION_KEY.*未设置/);
    expect(() => parseKey("   ", "ID_HMAC_KEY")).toThrow(/ID_HMAC_KEY/);
  });

  it("names the env var when the value is not base64", () => {
    expect(() => parseKey("not base64!", "ID_ENCRYPTION_KEY")).toThrow(/ID_ENCRYPTION_KEY.*base64/);
  });

  it("names the env var and the actual length when the key is the wrong size", () => {
    expect(() => parseKey(Buffer.alloc(16).toString("base64"), "ID_HMAC_KEY")).toThrow(/ID_HMAC_KEY.*16字节/);
    expect(() => parseKey(Buffer.alloc(33).toString("base64"), "ID_HMAC_KEY")).toThrow(/33字节/);
  });

  it("accepts the test keys from tests/setup-env.ts", () => {
    expect(parseKey(process.env.ID_ENCRYPTION_KEY ?? "", "ID_ENCRYPTION_KEY")).toHaveLength(32);
    expect(parseKey(process.env.ID_HMAC_KEY ?? "", "ID_HMAC_KEY")).toHaveLength(32);
  });
});
