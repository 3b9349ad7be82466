/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  // Node built-ins and native sqlite3 stay external; everything else is resolved at run time too.
  serverDependenciesToBundle: [],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Single fetch streams a <script> after </html> (STACK.md trap 4): keep it off.
    v3_singleFetch: false,
    v3_lazyRouteDiscovery: false,
  },
};
