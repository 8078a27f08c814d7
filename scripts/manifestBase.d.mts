/** The base URL every URL in manifest.xml starts with. */
export declare const DEV_BASE_URL: "https://localhost:3000/";
/** DEV_BASE_URL without its closing slash: the AppDomain. */
export declare const DEV_ORIGIN: "https://localhost:3000";
/** Checks a production base URL and returns it; throws an Error saying what is wrong otherwise. */
export declare function checkBaseUrl(value: unknown): string;
/** The scheme, host and port of a base URL. */
export declare function originOf(baseUrl: string): string;
/** The manifest with the development base URL replaced by `baseUrl` (checked first). */
export declare function substituteBaseUrl(manifestXml: string, baseUrl: string): string;
