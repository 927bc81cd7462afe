/**
 * Articles per page of /review. In its own module, not the client component's: a server page that
 * imports a value from a 'use client' file gets a client reference instead of the number, its
 * prefetch is refused, and React falls back to rendering the queue on the client (error #419).
 */
export const ARTICLES_PAGE = 10;
