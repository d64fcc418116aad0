// Files wrangler bundles as Text modules (see [[rules]] in wrangler.toml): their content as a string.
declare module "*.yaml" {
  const text: string;
  export default text;
}
