// The development key: the public half of an RSA-2048 key pair, as the
// manifest's `key` (base64 SubjectPublicKeyInfo DER). With it, an unpacked
// Chrome build has the same extension id on every machine, so firm policy
// written for the tests (Chromium reads policy by extension id) reaches it.
// Build-time only: wxt.config.ts puts it in Chrome builds other than store
// builds (`--mode store`); the extension's code never imports it. The
// private half was never kept: an unpacked build needs only this half, and
// store builds get their id from the store.
export const DEV_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxx0I56RjCQHG+xxZBAN2+zPvv2DgCT06rkZMLELYJ2kjpkPhnLMundWbnUK7GGdsshG6Sy8EWQ9bNFuP0niZw6ZKK/NTggLk6jN6w9LrLfhWkzw58H4OxWdA8v26O3jSovMYNfUvUnODMj6T3uY38cHTzY57trk8IlBFxii6b0y4k3s7tPfnUYbIs5+zbSyk/6jmLAmNq+5utxdG/bDgYzB44kUQoqL2Y1DGCxR8GGtVG9lUsHYep6p5aCigmGdjcs9WxtXJGftfAbD3rwpkFtNwQ6/La/lFWxbXnJ69ySlUhEw3uZmsjMmnAayblHmA9NaEWVCn80qtxdylEDTvTwIDAQAB';
