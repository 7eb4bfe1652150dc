// tfjs-core requires 'node-fetch' for Node; in the browser, Vite's dev pre-bundling of that
// require breaks: in `astro dev` only (a production build is fine), the page stops with "does
// not provide an export named 'default'" when it loads tfjs-core.
// The browser has fetch built in, so the alias points here.
export default globalThis.fetch.bind(globalThis);
