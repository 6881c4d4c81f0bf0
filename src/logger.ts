import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON logger for the process; secrets are redacted wherever they might travel. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers["x-api-key"]',
        'password',
        '*.password',
        'apiKey',
        '*.apiKey',
      ],
      censor: '[redacted]',
    },
  });
}
