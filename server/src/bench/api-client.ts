import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { ImportAnswer, ImportJobAnswer } from '../ingestion/http/import-answer';

/**
 * What the bench says to the server: sign-in, an API token, GraphQL, and file imports streamed
 * to POST /api/imports/{kind} exactly as `npm run import` does.
 */

export interface ImportResult {
  file: string;
  rows: number;
  bytes: number;
  seconds: number;
  job: ImportJobAnswer;
}

export interface RawResponse {
  status: number;
  text: string;
  contentEncoding: string | null;
  /** Bytes on the wire when the server sent a Content-Length (compressed size, with compression). */
  contentLength: number | null;
}

export class GraphqlError extends Error {}

function setCookies(res: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq).trim(), decodeURIComponent(pair.slice(eq + 1).trim()));
  }
  return jar;
}

export class ApiClient {
  private constructor(readonly baseUrl: string, private readonly headers: Record<string, string>) {}

  /** Signs in with the admin's password, then works with a READ_WRITE API token (no CSRF, no 15-minute session). */
  static async signIn(baseUrl: string, email: string, password: string): Promise<ApiClient> {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in as ${email} failed: ${res.status} ${await res.text()}`);
    const jar = setCookies(res);
    const csrf = jar.get('cxlens_csrf');
    if (!csrf) throw new Error('sign-in answered without a cxlens_csrf cookie');
    const session = new ApiClient(baseUrl, {
      cookie: [...jar].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; '),
      'x-csrf-token': csrf,
    });
    const created = await session.graphql<{ createApiToken: { token: string } }>(
      'mutation CreateApiToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
      { input: { name: `bench ${new Date().toISOString()}`, scope: 'READ_WRITE', expiresInDays: 7 } },
    );
    return new ApiClient(baseUrl, { authorization: `Bearer ${created.createApiToken.token}` });
  }

  /** The same client, sending these headers too (e.g. `Cache-Control: no-cache` to skip the response cache). */
  withHeaders(headers: Record<string, string>): ApiClient {
    return new ApiClient(this.baseUrl, { ...this.headers, ...headers });
  }

  /** One GraphQL request, body already serialised; the text is read whole (and decompressed) before it returns. */
  async post(body: string): Promise<RawResponse> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { ...this.headers, 'content-type': 'application/json' },
      body,
    });
    const length = res.headers.get('content-length');
    return { status: res.status, text: await res.text(), contentEncoding: res.headers.get('content-encoding'), contentLength: length === null ? null : Number(length) };
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.post(JSON.stringify({ query, variables }));
    return parseGraphql<T>(res);
  }

  /** Streams a CSV file to POST /api/imports/{kind}; resolves with the finished job (any status). */
  importFile(kind: 'surveys' | 'evaluations' | 'kpis', file: string, rows: number): Promise<ImportResult> {
    const bytes = fs.statSync(file).size;
    const query = new URLSearchParams({ fileName: path.basename(file), mode: 'strict', format: 'csv' });
    const url = new URL(`${this.baseUrl}/api/imports/${kind}?${query}`);
    const started = process.hrtime.bigint();
    return new Promise((resolve, reject) => {
      const body = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
      const req = http.request(url, {
        method: 'POST',
        headers: { ...this.headers, 'content-type': 'text/csv', 'content-length': bytes },
      }, (res) => {
        body.unpipe();
        body.destroy();
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          try {
            const answer = JSON.parse(text) as ImportAnswer;
            if (!answer.job) throw new Error(answer.error ?? `no job in the answer`);
            resolve({ file, rows, bytes, seconds, job: answer.job });
          } catch (error) {
            reject(new Error(`import of ${path.basename(file)} answered ${res.statusCode}: ${(error as Error).message} ${text.slice(0, 300)}`));
          }
        });
      });
      req.on('error', reject);
      body.on('error', reject);
      body.pipe(req);
    });
  }
}

export function parseGraphql<T>(res: RawResponse): T {
  let json: { data?: T; errors?: { message: string }[] };
  try {
    json = JSON.parse(res.text);
  } catch {
    throw new GraphqlError(`HTTP ${res.status}, not JSON: ${res.text.slice(0, 300)}`);
  }
  if (json.errors?.length || !json.data) {
    throw new GraphqlError(`HTTP ${res.status}: ${json.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return json.data;
}
