/**
 * The error catalogue of the HTTP edge: a stable code and a short sentence per status. Nothing
 * from the request (its body, a parser's message quoting it) is ever echoed back.
 */
export const HTTP_ERRORS = {
  400: { error: 'bad_request', message: 'The request could not be read.' },
  401: { error: 'unauthorised', message: 'The request was not authenticated.' },
  403: { error: 'forbidden', message: 'This request is not allowed here.' },
  404: { error: 'not_found', message: 'There is nothing at this address.' },
  405: { error: 'method_not_allowed', message: 'This address does not accept that method.' },
  410: { error: 'gone', message: 'This link has expired. Ask for the file again.' },
  413: { error: 'too_large', message: 'The request body is too large.' },
  415: { error: 'unsupported_media_type', message: 'Send JSON (application/json).' },
  429: { error: 'too_many_requests', message: 'Too many requests: try again shortly.' },
  500: { error: 'internal', message: 'Something went wrong on our side.' },
  502: { error: 'bad_gateway', message: 'The chat service could not be reached. Try again in a minute; if a child is in immediate danger, call 999 now.' },
  503: { error: 'unavailable', message: 'The service is not ready.' },
} as const;

export type HttpStatus = keyof typeof HTTP_ERRORS;

export function errorBody(status: number): { error: string; message: string } {
  const known = Object.entries(HTTP_ERRORS).find(([code]) => Number(code) === status);
  if (known !== undefined) return { ...known[1] };
  return status >= 500 ? { ...HTTP_ERRORS[500] } : { ...HTTP_ERRORS[400] };
}
