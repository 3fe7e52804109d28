import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { serveDashboard } from './web/dashboard-static';

/** Builds the Nest application (API + dashboard) on an opened, migrated DataSource. */
export async function createApp(dataSource: DataSource, config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(dataSource, config), {
    logger: ['error', 'warn'],
  });
  serveDashboard(app);
  return app;
}
