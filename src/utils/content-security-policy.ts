/**
 * The Content-Security-Policy of every page, written once: only the site's own files run and
 * load, nothing inline executes, nothing comes from another origin.
 *
 * - src/layouts/Base.astro puts CONTENT_SECURITY_POLICY in a `<meta http-equiv>` right after the
 *   charset, so it holds for everything the page loads, on any static host.
 * - docs/security.md gives CONTENT_SECURITY_POLICY_HEADER for servers that can send headers
 *   (tests/utils/content-security-policy.test.ts keeps the document and this file equal).
 * It works because the build emits no inline code: stylesheets and scripts are files under
 * /_astro/ (astro.config.mjs: `inlineStylesheets: 'never'`, `assetsInlineLimit: 0`), code blocks
 * are not highlighted with inline colours, and the browser scripts build the DOM with methods,
 * never style attributes or HTML strings. Page data the scripts read is fetched as JSON files
 * (the compare page's /data/compare/…), so the policy needs no hash.
 */

/** Each directive, and why it is there. */
export const CSP_DIRECTIVES: readonly string[] = [
  // Anything not named below (fonts, media, frames, manifests…) is refused.
  "default-src 'none'",
  // The site's own script files; Pagefind compiles its WebAssembly (not JavaScript eval).
  "script-src 'self' 'wasm-unsafe-eval'",
  // The site's own stylesheets only: no <style> blocks, no style="" attributes.
  "style-src 'self'",
  // The site's own images, and the empty `data:,` icon that keeps browsers from asking for /favicon.ico.
  "img-src 'self' data:",
  // Pagefind fetches its index, and runs in a worker (pagefind-worker.js).
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]

/** The policy of the `<meta http-equiv="content-security-policy">` of every page. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ')

/**
 * The same policy as an HTTP header, plus `frame-ancestors` (which browsers ignore in a meta
 * tag): other sites may not frame the portal.
 */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`
