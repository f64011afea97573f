// Imported first by benches: quiet logs (the dev SMS transport logs every message) unless asked otherwise.
process.env.LOG_LEVEL ??= "warn";
process.env.SMS_TRANSPORT ??= "dev";
