// Test-only secrets: fixed, never used outside tests.
process.env.AUTH_SECRET ??= "test-auth-secret-test-auth-secret-0123456789";
process.env.ID_ENCRYPTION_KEY ??= Buffer.alloc(32, 7).toString("base64");
process.env.ID_HMAC_KEY ??= Buffer.alloc(32, 9).toString("base64");
process.env.SMS_TRANSPORT ??= "dev";
process.env.LOG_LEVEL ??= "silent";
