/** Figures a page of /review?show=set-aside lists (a server page reads it, so not in the client component's module). */
export const SET_ASIDE_PAGE = 25;
/** The tab's value in the address: /review?show=set-aside. */
export const SET_ASIDE = 'set-aside';
