// The field guide's HTML, provided at build time by addon/build/build.ts.
declare module "pilah:guide" {
  export const GUIDE_HTML: string;
}
