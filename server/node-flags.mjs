// V8 heap limits for the app server. Without them V8 lets the heap grow far past what the app
// keeps alive (≈ 30–40 MB after a full collection) before it collects: under `npm run bench` the
// process reached 330–350 MB. A 128 MB old space and 8 MB semi-spaces keep the peak near 165 MB
// at the same throughput (decision 009). `npm start`/`npm run serve` pass the same flags; a test
// (server/node-flags.test.ts) keeps package.json in step with this list.
export const NODE_FLAGS = ["--max-old-space-size=128", "--max-semi-space-size=8"];
