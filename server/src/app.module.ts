import * as path from 'node:path';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { ChannelsModule } from './channels/channels.module';
import { formatGraphQLError, GraphQLErrorPassThrough } from './common/graphql-errors';
import { AppConfig, REPO_ROOT } from './config/app-config';
import { DatabaseModule } from './database/database.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { HealthModule } from './health/health.module';
import { KpisModule } from './kpis/kpis.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ProgramsModule } from './programs/programs.module';
import { ResponsesModule } from './responses/responses.module';
import { SitesModule } from './sites/sites.module';

export const SCHEMA_FILE = path.join(REPO_ROOT, 'server', 'schema.gql');

@Module({})
export class AppModule {
  static forRoot(dataSource: DataSource, config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        DatabaseModule.forRoot(dataSource),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          // The checked-in schema is rewritten in development only; production keeps it in memory.
          autoSchemaFile: config.production ? true : SCHEMA_FILE,
          sortSchema: true,
          graphiql: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          formatError: formatGraphQLError,
          context: ({ req }: { req: Request }) => ({ req }),
        }),
        OrganizationsModule,
        SitesModule,
        ProgramsModule,
        ChannelsModule,
        ResponsesModule,
        EvaluationsModule,
        KpisModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorPassThrough }],
    };
  }
}
