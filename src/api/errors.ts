/**
 * The API's errors: JSON with a fixed code and a Dutch message. Unknown and forbidden
 * municipalities share one answer, built by one function, so they cannot differ by a byte.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ErrorCode } from './schemas.ts';

export const MESSAGES = {
  badCode: 'Ongeldige gemeentecode: gebruik de vorm GM0441.',
  badDate: 'Ongeldige peildatum: gebruik de vorm JJJJ-MM-DD.',
  signIn:
    'Log in op het portaal, of stuur een API-token van het monitorteam mee als ' +
    '"Authorization: Bearer <token>".',
  badToken: 'Deze API-token is ongeldig, verlopen of ingetrokken.',
  teamOnly: 'Dit overzicht is alleen voor het monitorteam.',
  municipality: 'Deze gemeente bestaat niet, of u hebt er geen toegang toe.',
  noMonitor: 'Er is geen monitor voor deze peildatum.',
  noData: 'Er zijn nog geen gegevens geïmporteerd.',
  noPath: 'Dit adres bestaat niet in de API. Zie /api/openapi.json.',
  readOnly: 'De API kan alleen gelezen worden: gebruik GET.',
  tooMany: 'Te veel verzoeken. Probeer het over een minuut opnieuw.',
  server: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
} as const;

const CODES: Record<number, ErrorCode> = {
  400: 'ongeldig-verzoek',
  401: 'niet-ingelogd',
  403: 'geen-toegang',
  404: 'niet-gevonden',
  405: 'methode-niet-toegestaan',
  429: 'te-veel-verzoeken',
  500: 'serverfout',
};

/** The JSON error answer; `code` defaults to the status's own code. */
export function apiError(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  code: ErrorCode = CODES[status] ?? 'serverfout',
): Response {
  const body: { error: ApiError } = { error: { status, code, message } };
  return c.json(body, status);
}

/** Stops a handler with a JSON error (the sub-app's error handler returns it unchanged). */
export function stopWith(
  c: Context,
  status: ContentfulStatusCode,
  message: string,
  code?: ErrorCode,
): never {
  throw new HTTPException(status, { res: apiError(c, status, message, code) });
}

/** The one answer for a municipality that does not exist or may not be seen. */
export function municipalityNotFound(c: Context): never {
  return stopWith(c, 404, MESSAGES.municipality);
}
