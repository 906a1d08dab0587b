import { isLoopback } from '../config';

/**
 * Without an app id nobody is authenticated, so a caller must not choose where replies go: only a
 * loopback http(s) address is accepted (the Microsoft 365 Agents Playground and the local web chat
 * run on loopback). With an app id the adapter checks serviceUrl against the token's claims.
 */
export function isLoopbackServiceUrl(serviceUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return isLoopback(host);
}
