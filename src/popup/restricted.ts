/**
 * Pages where browsers never run extension content scripts: their own pages and the extension stores
 * (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns,
 * https://extensionworkshop.com/documentation/publish/restricted-domains/).
 */
const STORE_HOSTS = new Set(["chromewebstore.google.com", "chrome.google.com", "addons.mozilla.org", "microsoftedge.microsoft.com"]);

/** True for a URL no content script of ours can run in. Unknown (undefined) URLs are not assumed restricted. */
export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return true;
  if (u.hostname === "chrome.google.com") return u.pathname.startsWith("/webstore");
  return STORE_HOSTS.has(u.hostname);
}
