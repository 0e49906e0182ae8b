/**
 * The environment of an editor's shell, for the `astro build` / `astro dev` runs the tests start:
 * the test process's environment without what vitest adds for itself. vitest sets NODE_ENV=test
 * (a build then has import.meta.env.DEV true and ships dev-only code; astro dev answers 404),
 * MODE, BASE_URL, DEV, PROD, SSR and VITEST*. Colours are off (NO_COLOR=1), since the tests read the
 * output: Astro's logger (piccolore) colours it even into a pipe when CI is set, or when FORCE_COLOR is
 * set to anything, "0" included, so an inherited FORCE_COLOR is dropped too.
 */
const vitestKeys = /^(?:VITEST.*|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|TEST|FORCE_COLOR)$/

export function shellEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestKeys.test(k)))
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra }
}
