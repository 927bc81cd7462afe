/** The element id of a flag on a page, and the fragment that leads to it (a plain module: server pages link with it too). */
export const flagAnchor = (id: string) => `flag-${id}`;
export const flagHash = (id: string) => `#flag-${encodeURIComponent(id)}`;
