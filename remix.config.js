/** @type {import('@remix-run/dev').AppConfig} */
// Tests build into their own folder (NABIJ_BUILD_DIR) so parallel test runs never share a build.
const buildDir = process.env.NABIJ_BUILD_DIR;

export default {
  ...(buildDir
    ? { serverBuildPath: `${buildDir}/build/index.js`, assetsBuildDirectory: `${buildDir}/public/build` }
    : {}),
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  // Node built-ins and native sqlite3 stay external; everything else is resolved at run time too.
  serverDependenciesToBundle: [],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Single fetch streams a <script> after </html> (docs/stack.md trap 4): keep it off.
    v3_singleFetch: false,
    v3_lazyRouteDiscovery: false,
  },
};
