// Pages are server-rendered HTML that work without JavaScript; a page that needs
// interactivity turns client-side rendering back on for itself.
export const csr = false;
