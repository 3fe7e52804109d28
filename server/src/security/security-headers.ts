import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';

/**
 * Security headers with a Content-Security-Policy the dashboard passes: its
 * scripts are bundled files (no inline script), recharts and React set inline
 * styles, GraphiQL's editor runs web workers from blob: URLs, PNG exports draw
 * data: images.
 */
export function applySecurityHeaders(app: NestExpressApplication, { secureTransport }: { secureTransport: boolean }): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          workerSrc: ["'self'", 'blob:'],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(secureTransport ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      // HSTS only makes sense behind TLS; on plain-HTTP localhost it would break the demo.
      strictTransportSecurity: secureTransport ? { maxAge: 15552000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    }),
  );
}
