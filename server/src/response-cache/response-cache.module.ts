import { DynamicModule, Module } from '@nestjs/common';
import { RESPONSE_CACHE_OPTIONS, ResponseCacheOptions, ResponseCachePlugin } from './response-cache.plugin';

/** The response cache's Apollo plugin (found by the Apollo driver among the providers); none when the capacity is 0. */
@Module({})
export class ResponseCacheModule {
  static forRoot(options: ResponseCacheOptions): DynamicModule {
    return {
      module: ResponseCacheModule,
      providers: options.capacityBytes > 0 ? [{ provide: RESPONSE_CACHE_OPTIONS, useValue: options }, ResponseCachePlugin] : [],
    };
  }
}
