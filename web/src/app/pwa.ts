/**
 * Installs the service worker (web/public/sw.js) that keeps the app shell for offline use. Only in
 * a built app: the development server's modules change under it.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}
