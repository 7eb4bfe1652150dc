// tfjs-core requires 'node-fetch' for Node; in the browser, Vite's dev pre-bundling of that
// require breaks (`astro dev` only: "does not provide an export named 'default'", STACK-NOTES).
// The browser has fetch built in, so the alias points here.
export default globalThis.fetch.bind(globalThis);
