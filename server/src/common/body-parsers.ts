import type { IncomingMessage } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** Uploads under this prefix are streamed by their controller; no parser may read (and buffer) their body. */
export const STREAMED_BODY_PREFIX = '/api/imports/';

/** GraphQL batches of up to 5,000 records (about 2 MB) must fit. */
const JSON_LIMIT = '10mb';

const contentTypeIs = (req: IncomingMessage, type: string) => (req.headers['content-type'] ?? '').toLowerCase().split(';')[0].trim() === type;
const isStreamed = (req: IncomingMessage) => (req.url ?? '').startsWith(STREAMED_BODY_PREFIX);

/**
 * Nest's default body parsers would read any JSON body whole, import uploads
 * included; these are the same parsers minus the streamed routes (create the
 * app with bodyParser: false).
 */
export function registerBodyParsers(app: NestExpressApplication): void {
  app.useBodyParser('json', { limit: JSON_LIMIT, type: (req) => !isStreamed(req) && contentTypeIs(req, 'application/json') });
  app.useBodyParser('urlencoded', { extended: true, type: (req) => !isStreamed(req) && contentTypeIs(req, 'application/x-www-form-urlencoded') });
}
