import { randomBytes } from "node:crypto";
import QRCode from "qrcode";

/**
 * An unguessable url-safe token: `bytes` random bytes (default 16 = 128 bits) as base64url without padding.
 * Used for the 老人二维码名片 link and ticket QR codes.
 */
export function newToken(bytes = 16): string {
  if (bytes < 16) throw new Error("newToken: at least 16 bytes (128 bits)");
  return randomBytes(bytes).toString("base64url");
}

/** Tokens we issue are base64url of ≥ 16 bytes; anything else is rejected before a database lookup. */
export function looksLikeToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{22,64}$/.test(value);
}

/**
 * A QR code as a standalone SVG (scales for print). Error correction M: survives some wear on a printed
 * card; the quiet zone is the standard 4 modules.
 */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}
