import * as path from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { AdmissionModule } from './admission/answer-admission';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { SetupState } from './auth/first-admin';
import { ChannelsModule } from './channels/channels.module';
import { formatGraphQLError, GraphQLErrorPassThrough } from './common/graphql-errors';
import { complexityLimitPlugin, depthLimitRule, MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH } from './common/query-limits';
import { AppConfig, REPO_ROOT } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { IngestionModule } from './ingestion/ingestion.module';
import { KpisModule } from './kpis/kpis.module';
import { MetricsModule } from './metrics/metrics.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ProgramsModule } from './programs/programs.module';
import { ResponsesModule } from './responses/responses.module';
import { persistedQueryAllowList } from './security/persisted-queries';
import { RateLimitGuard } from './security/rate-limit.guard';
import { ResponseCacheModule } from './response-cache/response-cache.module';
import { stringifyResult } from './response-cache/serialised-answers';
import { SitesModule } from './sites/sites.module';
import { transactionCompletionPlugin } from './tenancy/transaction-completion';
import { VopModule } from './vop/vop.module';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'server', 'schema.gql');

export interface AppModuleOptions {
  config: AppConfig;
  /** The application role's pool (row-level security applies). */
  app: DataSource;
  /** The owner's pool, for the one-time setup link only. */
  owner: DataSource;
  setup: SetupState;
  sessionKey: string;
}

@Module({})
export class AppModule {
  static forRoot({ config, app, owner, setup, sessionKey }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(app),
        AuthModule.forRoot({ sessionKey, setup, owner }),
        AuditModule,
        AdmissionModule,
        ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: config.rateLimitPerMinute }]),
        ResponseCacheModule.forRoot({ capacityBytes: config.responseCacheBytes, rateLimitPerMinute: config.rateLimitPerMinute }),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          // The checked-in schema is rewritten in development only; production keeps it in memory.
          autoSchemaFile: config.production ? true : SCHEMA_FILE,
          sortSchema: true,
          graphiql: false,
          introspection: config.introspection,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          // Apollo's own serialisation, sharing each answer's text with the response cache (it is large: serialise once).
          stringifyResult,
          validationRules: [depthLimitRule(MAX_QUERY_DEPTH)],
          plugins: [
            // We set no cache hints (the response cache keys by data version); Apollo's hint tracking wraps every field resolver.
            ApolloServerPluginCacheControlDisabled() as unknown as NonNullable<ApolloDriverConfig['plugins']>[number],
            complexityLimitPlugin(MAX_QUERY_COMPLEXITY),
            transactionCompletionPlugin,
            ...(config.persistedQueriesFile ? [persistedQueryAllowList(config.persistedQueriesFile)] : []),
          ],
          context: ({ req }: { req: Request }) => ({ req }),
        }),
        OrganizationsModule,
        SitesModule,
        ProgramsModule,
        ChannelsModule,
        ResponsesModule,
        EvaluationsModule,
        KpisModule,
        MetricsModule,
        IngestionModule,
        VopModule,
        ExportsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_FILTER, useClass: GraphQLErrorPassThrough },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
