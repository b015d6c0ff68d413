// Vite's "?raw" imports (a file's text), used by the worker tests to read wrangler.toml.
declare module "*?raw" {
  const text: string;
  export default text;
}
