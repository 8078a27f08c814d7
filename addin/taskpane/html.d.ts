declare module "*.html" {
  const url: string;
  export default url;
}
