/** The most items one page of a list may hold (`limit`); kept apart so pages can import it without zod. */
export const MAX_PAGE = 500;
/** What a list answers without `limit`. */
export const HTTP_PAGE = 100;
