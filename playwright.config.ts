import { defineConfig } from "@playwright/test";

// The e2e run gets its own throwaway embedded PostgreSQL and port (see scripts/e2e.mjs), so it
// never touches the developer's .pg/ data.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  outputDir: "test-results/e2e",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Playwright already adds --no-sandbox and a temp profile; these keep Chromium off the network.
      args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: process.env.BASE_URL ? undefined : {
    command: `node scripts/with-db.mjs next start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    // Mail goes to the loopback sink that e2e/security.spec.ts starts on E2E_SMTP_PORT.
    env: {
      // A small import limit, so the over-limit upload test needs only a 13 MB file (Playwright keeps
      // in-memory files under 50 MB); the proxy's 413 limit stays at its production value.
      IMPORT_MAX_BYTES: String(12 * 1024 * 1024),
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.E2E_SMTP_PORT ? { SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`, MAIL_FROM: "Lectern <noreply@lectern.test>", APP_URL: baseURL } : {}),
    },
  },
});
