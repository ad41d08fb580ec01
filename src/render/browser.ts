/**
 * The part of `render` that the site's view model and browser scripts may load: the tests of a URL, with none of
 * the renderer (which brings the wikitext parser). Everything else imports `index.ts`.
 */
export { EXTERNAL_REL, isExternalUrl, leavesSite } from './urls.ts';
