import 'reflect-metadata';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GRAPHQL_SDL_FILE_HEADER, GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { DataSource } from 'typeorm';
import { AppModule, SCHEMA_FILE } from '../app.module';
import { SetupState } from '../auth/first-admin';
import { loadConfig } from '../config/app-config';

/**
 * The GraphQL schema as SDL, exactly as the development server writes it to server/schema.gql,
 * built from the code alone: the data source is never opened.
 */
export async function generateSchemaSdl(): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'production', CXLENS_DEMO: 'off' });
  const unopened = new DataSource({ type: 'postgres' });
  const modules = AppModule.forRoot({ config, app: unopened, owner: unopened, setup: new SetupState(null), sessionKey: 'schema-only' });
  const app = await NestFactory.create(modules, { logger: false });
  try {
    await app.init();
    return GRAPHQL_SDL_FILE_HEADER + printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema));
  } finally {
    await app.close();
  }
}

/** `--check`: fail when the checked-in schema.gql differs from the code (CI); otherwise rewrite it. */
async function main(): Promise<void> {
  const sdl = await generateSchemaSdl();
  const relative = path.relative(process.cwd(), SCHEMA_FILE);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
    if (current !== sdl) {
      console.error(`${relative} is out of date with the code: run \`npm run schema -w server\` and commit it.`);
      process.exit(1);
    }
    console.log(`${relative} matches the code.`);
    return;
  }
  if (process.argv.includes('--stdout')) {
    process.stdout.write(sdl);
    return;
  }
  fs.writeFileSync(SCHEMA_FILE, sdl);
  console.log(`Wrote ${relative}.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
