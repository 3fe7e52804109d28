import { Injectable } from '@nestjs/common';
import { MetricsRepository } from '../metrics.repository';
import { Loaders, createLoaders } from './create-loaders';

/**
 * Per-request DataLoaders: every `site` or `label` field of one GraphQL request is answered by one
 * query per kind. Keyed by the request object, so loaders (and their caches) die with the request.
 */
@Injectable()
export class RequestLoaders {
  private readonly byRequest = new WeakMap<object, Loaders>();

  constructor(private readonly repository: MetricsRepository) {}

  for(request: object, orgId: string): Loaders {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = createLoaders(this.repository, orgId);
      this.byRequest.set(request, loaders);
    }
    return loaders;
  }
}
