export declare const SECURITY_HEADERS: { key: string; value: string }[];
export declare const HSTS_HEADER: { key: string; value: string };
// Types of csp.mjs (plain JavaScript so the runtime-loaded cache handler can import it).
export declare const ACCOUNT_HINT_COOKIE: "nt-account";
export declare const ACCOUNT_STATE_SCRIPT: string;
export declare const ACCOUNT_STATE_SCRIPT_HASH: string;
export declare function sha256Source(text: string): string;
export declare function noncePolicy(nonce: string, options: { https: boolean; dev?: boolean }): string;
export declare function scriptHashes(html: string): string[];
export declare function hashPolicy(html: string, options: { https: boolean }): string;
export declare function publicOriginIsHttps(): boolean;
export declare function addScriptIntegrity(html: string, manifest: Record<string, string>): string;
