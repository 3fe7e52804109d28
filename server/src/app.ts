import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { AppModule, AppModuleOptions } from './app.module';
import { registerBodyParsers } from './common/body-parsers';
import { applySecurityHeaders } from './security/security-headers';
import { serveDashboard } from './web/dashboard-static';

/** Builds the Nest application (API + dashboard) on opened, migrated databases. */
export async function createApp(options: AppModuleOptions): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  // Behind a proxy (docker, a load balancer) req.ip and req.secure must come from X-Forwarded-*.
  if (options.config.production) app.set('trust proxy', 'loopback, linklocal, uniquelocal');
  applySecurityHeaders(app, { secureTransport: false });
  // Analytics answers are repetitive JSON (a year's weekly trend is ~400 KB, ~10x smaller gzipped). Level 1: on
  // 15 MB of cube columns it takes 62 ms against 200 ms at the default level 6, for a 25 % larger body.
  app.use(compression({ threshold: 1024, level: 1 }));
  // Answers are POSTs that nothing revalidates, and a weak ETag hashed each one (7 ms of a 15 MB cube). The
  // dashboard's files keep theirs: express.static and sendFile set their own.
  app.set('etag', false);
  app.use(cookieParser());
  registerBodyParsers(app);
  serveDashboard(app);
  return app;
}
