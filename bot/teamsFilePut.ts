/**
 * PUTs a whole file to the upload URL Teams gave on a file card's "Allow", as Microsoft documents it:
 * one request, Content-Range over the whole file, no redirect followed, within a time that leaves the
 * invoke's answer inside Teams' limit. True when the upload was accepted.
 */

/** Inside Teams' limit for an invoke's answer, with the file's drawing before it. */
const UPLOAD_TIMEOUT_MS = 8_000;

export async function putFile(url: string, bytes: Uint8Array, contentType: string): Promise<boolean> {
  const response = await fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': contentType, 'Content-Length': String(bytes.length), 'Content-Range': `bytes 0-${bytes.length - 1}/${bytes.length}` },
    body: bytes,
    redirect: 'error',
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  await response.body?.cancel();
  return response.ok;
}
