/** The overlay's one element in the page (host.ts); apart, so the content script can name it without carrying the overlay. */
export const HOST_TAG = 'cmecf-link-guide';
