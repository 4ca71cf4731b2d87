import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // tests/unit/ and a topic's own tests beside its maths (demos/<topic>/*.test.ts, from the scaffold)
    include: ['tests/unit/**/*.test.ts', 'demos/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    setupFiles: ['tests/unit/setup.ts'],
  },
});
