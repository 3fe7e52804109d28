import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { REPO_ROOT } from '../config/app-config';

const API_PREFIXES = ['/graphql', '/api/', '/healthz'];

/** Serves the built React dashboard from client/dist, with index.html for client-side routes. */
export function serveDashboard(app: NestExpressApplication, clientDist = path.join(REPO_ROOT, 'client', 'dist')): void {
  const indexHtml = path.join(clientDist, 'index.html');
  app.useStaticAssets(clientDist, { index: false, maxAge: '1h', setHeaders: noCacheForHtml });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p))) return next();
    if (!fs.existsSync(indexHtml)) {
      res.status(503).type('text').send('The dashboard is not built yet: run `npm run build` (npm start does it).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

function noCacheForHtml(res: Response, file: string): void {
  if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
