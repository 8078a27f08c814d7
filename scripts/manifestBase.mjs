/**
 * The add-in manifest is written against the development base URL; a production build copies it into
 * dist/ with that base replaced by PROPDESK_BASE_URL. Plain JavaScript so webpack.config.js can import it.
 */

/** The base URL every URL in manifest.xml starts with. */
export const DEV_BASE_URL = "https://localhost:3000/";

/** DEV_BASE_URL without its closing slash: the AppDomain. */
export const DEV_ORIGIN = DEV_BASE_URL.slice(0, -1);
// https, a host name (or IPv4), an optional port, a path of plain segments, and a closing slash; nothing that
// would need escaping inside an XML attribute, no query, no fragment.
const BASE_URL =
  /^https:\/\/([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)(:\d{1,5})?\/(?:[A-Za-z0-9._~%!$()*+,;=:@-]+\/)*$/i;

/**
 * Checks a production base URL and returns it; throws an Error saying what is wrong otherwise.
 * @example checkBaseUrl("https://addin.example.cn/propdesk/") // returns it unchanged
 */
export function checkBaseUrl(value) {
  const shown = JSON.stringify(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error(
      `PROPDESK_BASE_URL is empty; set it to the https:// address the add-in is served from, ending in "/"`,
    );
  }
  if (!/^https:\/\//i.test(value)) {
    throw new Error(
      `PROPDESK_BASE_URL must start with https:// (Office loads add-ins only over HTTPS), got ${shown}`,
    );
  }
  if (!value.endsWith("/")) {
    throw new Error(
      `PROPDESK_BASE_URL must end with "/", got ${shown} (did you mean ${JSON.stringify(`${value}/`)}?)`,
    );
  }
  const match = BASE_URL.exec(value);
  if (!match) {
    throw new Error(
      `PROPDESK_BASE_URL must be https://host[:port]/[path/] without spaces, query, fragment or XML special characters, got ${shown}`,
    );
  }
  if (match[2] !== undefined && Number(match[2].slice(1)) > 65535) {
    throw new Error(`PROPDESK_BASE_URL has an invalid port, got ${shown}`);
  }
  return value;
}

/** The scheme, host and port of a base URL: `https://addin.example.cn:8443/propdesk/` gives `https://addin.example.cn:8443`. */
export function originOf(baseUrl) {
  return baseUrl.slice(0, baseUrl.indexOf("/", "https://".length));
}

/**
 * Returns the manifest with the development base URL replaced by `baseUrl` (checked first): every
 * `https://localhost:3000/...` URL moves under `baseUrl`, and a bare `https://localhost:3000` (the AppDomain)
 * becomes the new origin. Throws when the manifest does not use the development base at all.
 */
export function substituteBaseUrl(manifestXml, baseUrl) {
  const base = checkBaseUrl(baseUrl);
  if (!manifestXml.includes(DEV_BASE_URL)) {
    throw new Error(`manifest.xml does not use ${DEV_BASE_URL}; nothing to substitute`);
  }
  const origin = originOf(base);
  return manifestXml.replace(/https:\/\/localhost:3000(?![0-9])(\/?)/g, (_match, slash) =>
    slash ? base : origin,
  );
}
