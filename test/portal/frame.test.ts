import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePortal, type TestPortal } from './helpers.ts';

describe('portal frame', () => {
  let portal: TestPortal;
  beforeAll(async () => {
    portal = await makePortal();
  });
  afterAll(async () => {
    await portal.close();
  });

  it('answers an unknown route with the Dutch 404 page and security headers', async () => {
    const response = await portal.app.request('/bestaat-niet');
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain('<html lang="nl">');
    expect(body).toContain('Pagina niet gevonden');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves the stylesheets the CSP allows', async () => {
    const response = await portal.app.request('/static/report.css');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/css');
    expect(await response.text()).toContain(':root');
  });
});
