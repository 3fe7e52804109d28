// One jest run covers pure unit specs (beside the code) and the cross-package
// tests in test/ that need a real PostgreSQL (started once in globalSetup).
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }];
const shared = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: { '^@cxlens/shared$': '<rootDir>/shared/src/index.ts' },
  testEnvironment: 'node',
  // TypeScript first, so a stray compiled .js beside a source is never what runs.
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'json'],
};
module.exports = {
  rootDir: __dirname,
  testTimeout: 60000,
  projects: [
    { ...shared, displayName: 'unit', rootDir: __dirname, testMatch: ['<rootDir>/{shared,server,client}/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'client',
      rootDir: __dirname,
      testMatch: ['<rootDir>/client/src/**/*.spec.tsx'],
      testEnvironment: 'jsdom',
      setupFiles: ['<rootDir>/client/src/test/setup.ts'],
      setupFilesAfterEnv: ['<rootDir>/client/src/test/afterEnv.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      slowTestThreshold: 30,
    },
  ],
};
