// Qorgau's service worker: lets the labour inspection form, and the screening of a worker at an inspection, open
// and be filled on a phone without network.
// The form's page is kept from its last visit online (network first, this copy when offline); the styles, scripts and
// fonts are kept once fetched. Nothing is sent from here: a form filled offline is kept, encrypted, by
// /js/offline-forms.js in the page and sent by it when the network returns. Nothing else is cached: no record's page.
'use strict';

const CACHE = 'qorgau-offline-v1';
/** The pages that open offline, as last seen online: the inspection form, and the screening of a worker at one. */
const PAGES = [/^\/inspections\/new$/, /^\/inspections\/\d+\/screenings\/new$/];
/** The page's styles and scripts, kept at installation. */
const SHELL = ['/css/qorgau.css', '/js/qorgau.js', '/js/offline-forms.js', '/favicon.svg',
    '/webjars/bootstrap/dist/css/bootstrap.min.css', '/webjars/bootstrap-icons/font/bootstrap-icons.min.css',
    '/webjars/bootstrap/dist/js/bootstrap.bundle.min.js', '/webjars/htmx.org/dist/htmx.min.js'];

self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).catch(() => undefined)
        .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
        .then(() => self.clients.claim()));
});

function isAsset(url) {
    return url.pathname.startsWith('/webjars/') || url.pathname.startsWith('/css/') || url.pathname.startsWith('/js/')
        || url.pathname === '/favicon.svg';
}

self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) {
        return;
    }
    if (isAsset(url)) {
        // cache first: the assets are versioned with the application
        event.respondWith(caches.match(request).then((cached) => cached || fetch(request).then((response) => {
            if (response.ok) {
                const copy = response.clone();
                caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
        })));
        return;
    }
    if (request.mode === 'navigate' && PAGES.some((page) => page.test(url.pathname))) {
        const key = url.pathname + url.search;
        // network first; the copy of the last visit when there is no network
        event.respondWith(fetch(request).then((response) => {
            if (response.ok && !response.redirected) {
                const copy = response.clone();
                caches.open(CACHE).then((cache) => cache.put(key, copy));
            }
            return response;
        }).catch(() => caches.match(key).then((cached) => cached || Response.error())));
    }
});
