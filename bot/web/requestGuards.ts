/**
 * Checks on where a request to the local web chat comes from. The server listens on loopback,
 * but any local page or process can reach loopback, and a DNS-rebinding page reaches it under
 * its own host name: so the Host header must name this server, and the Direct Line endpoints
 * answer only the page's own origin.
 */

/** The Host header is one of the allowed names with the port the request arrived on (no port only on 80). */
export function isAllowedHost(host: string | undefined, allowedNames: readonly string[], port: number | undefined): boolean {
  if (host === undefined || port === undefined) return false;
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/.exec(host.toLowerCase());
  if (match?.[1] === undefined) return false;
  const named = match[2] === undefined ? 80 : Number(match[2]);
  return named === port && allowedNames.includes(match[1]);
}

/**
 * A browser names the page that made a request: in Origin (every cross-origin request, and a
 * same-origin one that is not a GET) and in Sec-Fetch-Site. Anything not from this origin is refused.
 */
export function isFromOwnOrigin(headers: { origin?: string | string[]; host?: string; 'sec-fetch-site'?: string | string[] }): boolean {
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  const origin = headers.origin;
  return origin === undefined || (typeof origin === 'string' && headers.host !== undefined && origin.toLowerCase() === `http://${headers.host.toLowerCase()}`);
}
