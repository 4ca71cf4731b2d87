import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run test:full`'s Node half: the papers' effects at full size, with the same demos/ code the
// pages run (the committed models' accuracy, CAM localisation on 500 canvases, FedAvg rounds, …).
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/full/**/*.test.ts'],
    environment: 'node',
    testTimeout: 900_000,
    hookTimeout: 300_000,
    setupFiles: ['tests/unit/setup.ts'],
  },
});
