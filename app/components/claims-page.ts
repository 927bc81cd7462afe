/** Claims a measure page lists at a time (its table's pages; the server prefetches the first). */
export const CLAIMS_PER_PAGE = 50;
