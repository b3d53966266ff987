// Paraglide's options, shared by the Vite plugin and `npm run check`, so they cannot
// disagree. (A config file inside project.inlang would be ignored by inlang's own
// .gitignore there.) The plugin itself is loaded from node_modules: see settings.json.

/** @type {{ project: string; outdir: string; strategy: ('cookie' | 'preferredLanguage' | 'baseLocale')[] }} */
export const paraglideOptions = {
  project: './project.inlang',
  outdir: './src/lib/paraglide',
  // The cookie remembers a choice; Accept-Language decides a first visit; Spanish otherwise.
  strategy: ['cookie', 'preferredLanguage', 'baseLocale'],
};
