import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AccountsResolver } from '../accounts/accounts.resolver';
import { AccountsService } from '../accounts/accounts.service';
import { TenantDb } from '../tenancy/tenant-db';
import { RestTransactionInterceptor } from '../tenancy/transaction-completion';
import { AuthController } from './auth.controller';
import { AuthRepository } from './auth.repository';
import { AuthService } from './auth.service';
import { SESSION_KEY } from './auth-settings';
import { AuthenticationMiddleware } from './authentication.middleware';
import { OWNER_DATA_SOURCE, SetupState } from './first-admin';
import { PolicyGuard } from './policy.guard';
import { SetupController } from './setup.controller';

export interface AuthModuleOptions {
  sessionKey: string;
  setup: SetupState;
  owner: DataSource;
}

/** Authentication, authorisation (a global deny-by-default guard) and the tenant transaction of each request. */
@Global()
@Module({})
export class AuthModule implements NestModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      controllers: [AuthController, SetupController],
      providers: [
        TenantDb,
        AuthRepository,
        AuthService,
        AccountsService,
        AccountsResolver,
        { provide: SESSION_KEY, useValue: options.sessionKey },
        { provide: SetupState, useValue: options.setup },
        { provide: OWNER_DATA_SOURCE, useValue: options.owner },
        { provide: APP_GUARD, useClass: PolicyGuard },
        { provide: APP_INTERCEPTOR, useClass: RestTransactionInterceptor },
      ],
      exports: [TenantDb, AuthService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthenticationMiddleware).forRoutes('*path');
  }
}
