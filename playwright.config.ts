import { defineConfig } from '@playwright/test';

// Browser tests run Debian's Chromium (/usr/bin/chromium): nothing here downloads a browser.
// SwiftShader gives software WebGL and WebGPU: right for correctness, meaningless for speed.
// E2E_PORT lets a second checkout run its own server beside this one.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  // two workers share the 2 cores: a software-WebGL run can take twice as long as alone
  timeout: 300_000,
  expect: { timeout: 30_000 },
  // every test is independent (no shared state, no beforeAll): the two workers take tests, not
  // files, so a long file (a11y, pages, present) does not leave the other worker idle at the end
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
        '--enable-unsafe-webgpu', '--disable-background-networking', '--disable-component-update',
        '--no-first-run', '--disable-sync', '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `PORT=${PORT} npx tsx scripts/serve.ts`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
