import { secureHeaders } from 'hono/secure-headers';

/**
 * Hono's defaults are HSTS for 180 days and no CSP; an API that only answers JSON
 * needs a year of HSTS and a policy that allows nothing, framing least of all.
 */
export const apiSecurityHeaders = () =>
  secureHeaders({
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    xContentTypeOptions: 'nosniff',
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    crossOriginResourcePolicy: 'same-origin',
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
    },
  });
