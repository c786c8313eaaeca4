/**
 * Online recruitment screening: job adverts checked for signs of trafficking and scam-compound
 * recruitment by versioned red-flag rules in seven languages (Burmese in Unicode or Zawgyi) and a
 * logistic regression shipped with the project; public single-advert screening, bulk CSV screening
 * for investigators, and adverts saved to an investigation as encrypted evidence.
 * See docs/decisions/0021-job-advert-screening.md.
 */
export { jobadsLabels } from './jobads.labels.ts';
export { publicScreensPerMinute, registerJobAdvertRoutes } from './jobads.routes.ts';
export { type AdvertScreening, screenAdvert } from './screening/screen.ts';
