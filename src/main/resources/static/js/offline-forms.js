// Offline capture: registers the service worker (/sw.js), and on a form marked data-offline-form (the labour
// inspection form) keeps what is submitted without network in the browser's IndexedDB, encrypted (AES-GCM) with a
// key bound to the session (/offline/key, kept in IndexedDB as a key that cannot be read back, dropped on the
// sign-in page, where logging out and an ended session lead),
// lists the unsent forms, and sends them when the network returns, each with its client-generated id, so that a
// form sent again is recorded once. A form the server refuses stays in the list, to be opened and corrected.
// Served from this origin; the Content-Security-Policy allows no inline script.
(function () {
    'use strict';

    var DATABASE = 'qorgau-offline';
    var DRAFTS = 'drafts';
    var KEYS = 'keys';

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register('/sw.js').catch(function () {
            // without a service worker the form still works online
        });
    }

    function database() {
        return new Promise(function (resolve, reject) {
            var request = indexedDB.open(DATABASE, 1);
            request.onupgradeneeded = function () {
                request.result.createObjectStore(DRAFTS, { keyPath: 'id' });
                request.result.createObjectStore(KEYS);
            };
            request.onsuccess = function () {
                resolve(request.result);
            };
            request.onerror = function () {
                reject(request.error);
            };
        });
    }

    /** Runs work on a store and answers the value of the request it returns, once the transaction is done. */
    function withStore(store, mode, work) {
        return database().then(function (db) {
            return new Promise(function (resolve, reject) {
                var transaction = db.transaction(store, mode);
                var request = work(transaction.objectStore(store));
                transaction.oncomplete = function () {
                    db.close();
                    resolve(request ? request.result : undefined);
                };
                transaction.onerror = function () {
                    db.close();
                    reject(transaction.error);
                };
            });
        });
    }

    // The sign-in page (where logging out and an ended session lead) forgets the last session's key, so that the
    // drafts it kept can no longer be read, and the pages kept offline.
    if (location.pathname === '/login' && window.indexedDB) {
        withStore(KEYS, 'readwrite', function (store) {
            return store.delete('session');
        }).catch(function () {
            return undefined;
        });
        if (window.caches) {
            caches.delete('qorgau-offline-v1').catch(function () {
                return undefined;
            });
        }
    }

    var form = document.querySelector('form[data-offline-form]');
    var panel = document.getElementById('offline-queue');
    if (!form || !panel || !window.indexedDB || !window.crypto || !window.crypto.subtle) {
        return;
    }
    var list = document.getElementById('offline-drafts');
    var status = document.getElementById('offline-status');
    var banner = document.getElementById('offline-banner');
    var syncing = false;

    function message(name) {
        return panel.getAttribute('data-' + name) || '';
    }

    function say(text) {
        status.textContent = text;
    }

    function bytes(base64) {
        var text = atob(base64.replace(/-/g, '+').replace(/_/g, '/'));
        var result = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) {
            result[i] = text.charCodeAt(i);
        }
        return result;
    }

    /** The session's key: fetched while online (and kept, unreadable), the kept one offline. */
    function sessionKey() {
        var kept = function () {
            return withStore(KEYS, 'readonly', function (store) {
                return store.get('session');
            }).then(function (key) {
                if (!key) {
                    throw new Error('no key');
                }
                return key;
            });
        };
        if (!navigator.onLine) {
            return kept();
        }
        return fetch('/offline/key', { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
            if (!response.ok || response.redirected) {
                throw new Error('signed out');
            }
            return response.json();
        }).then(function (body) {
            return crypto.subtle.importKey('raw', bytes(body.key), { name: 'AES-GCM' }, false,
                ['encrypt', 'decrypt']);
        }).then(function (key) {
            return withStore(KEYS, 'readwrite', function (store) {
                return store.put(key, 'session');
            }).then(function () {
                return key;
            });
        }).catch(kept);
    }

    function seal(key, content) {
        var iv = crypto.getRandomValues(new Uint8Array(12));
        return crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv }, key,
            new TextEncoder().encode(JSON.stringify(content))).then(function (data) {
            return { iv: iv, data: data };
        });
    }

    function open(key, draft) {
        return crypto.subtle.decrypt({ name: 'AES-GCM', iv: draft.iv }, key, draft.data).then(function (plain) {
            return JSON.parse(new TextDecoder().decode(plain));
        });
    }

    function drafts() {
        return withStore(DRAFTS, 'readonly', function (store) {
            return store.getAll();
        });
    }

    function newClientId() {
        var field = form.querySelector('[name=clientId]');
        if (field) {
            field.value = crypto.randomUUID();
        }
    }

    /** The unsent forms, each with what it is (opened with the session's key) and whether it was refused. */
    function render() {
        return Promise.all([drafts(), sessionKey().catch(function () {
            return null;
        })]).then(function (found) {
            var all = found[0];
            var key = found[1];
            list.textContent = '';
            panel.hidden = all.length === 0 && status.textContent === '';
            return Promise.all(all.sort(function (a, b) {
                return a.savedAt - b.savedAt;
            }).map(function (draft) {
                var item = document.createElement('li');
                item.className = 'd-flex flex-wrap gap-2 align-items-center mb-1';
                item.setAttribute('data-draft', draft.id);
                list.appendChild(item);
                var when = document.createElement('span');
                when.className = 'text-body-secondary small';
                when.textContent = new Date(draft.savedAt).toLocaleString(document.documentElement.lang || undefined);
                item.appendChild(when);
                var label = document.createElement('span');
                item.appendChild(label);
                if (draft.refused) {
                    var refused = document.createElement('span');
                    refused.className = 'badge text-bg-danger';
                    refused.textContent = message('refused');
                    item.appendChild(refused);
                    var reopen = document.createElement('button');
                    reopen.type = 'button';
                    reopen.className = 'btn btn-sm btn-outline-primary';
                    reopen.textContent = message('reopen');
                    reopen.addEventListener('click', function () {
                        refill(draft);
                    });
                    item.appendChild(reopen);
                }
                if (!key) {
                    label.textContent = message('unreadable');
                    return undefined;
                }
                return open(key, draft).then(function (content) {
                    label.textContent = content.label || '—';
                }).catch(function () {
                    label.textContent = message('unreadable');
                });
            }));
        });
    }

    /** Puts a refused form back into the page, to be corrected and sent online (where its errors are shown). */
    function refill(draft) {
        sessionKey().then(function (key) {
            return open(key, draft);
        }).then(function (content) {
            content.entries.forEach(function (entry) {
                Array.prototype.forEach.call(form.elements.namedItem(entry[0]) instanceof RadioNodeList
                    ? form.elements.namedItem(entry[0]) : [form.elements.namedItem(entry[0])], function (field) {
                    if (!field) {
                        return;
                    }
                    if (field.type === 'checkbox' || field.type === 'radio') {
                        if (field.value === entry[1]) {
                            field.checked = true;
                        }
                    } else {
                        field.value = entry[1];
                    }
                });
            });
            return withStore(DRAFTS, 'readwrite', function (store) {
                return store.delete(draft.id);
            });
        }).then(render).catch(function () {
            say(message('unreadable'));
        });
    }

    /** A fresh CSRF token of the session, from the form's page. */
    function csrfToken() {
        return fetch(form.getAttribute('data-offline-form'), { credentials: 'same-origin', cache: 'no-store' })
            .then(function (response) {
                if (!response.ok || response.redirected) {
                    throw new Error('signed out');
                }
                return response.text();
            }).then(function (html) {
                var meta = new DOMParser().parseFromString(html, 'text/html').querySelector('meta[name="_csrf"]');
                if (!meta) {
                    throw new Error('no token');
                }
                return meta.getAttribute('content');
            });
    }

    function send(draft, key, token) {
        return open(key, draft).then(function (content) {
            var body = new URLSearchParams();
            content.entries.forEach(function (entry) {
                body.append(entry[0], entry[1]);
            });
            body.append('_csrf', token);
            return fetch(draft.action, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'follow' });
        }).then(function (response) {
            var path = new URL(response.url).pathname;
            if (response.ok && /^\/inspections\/\d+$/.test(path)) {
                return withStore(DRAFTS, 'readwrite', function (store) {
                    return store.delete(draft.id);
                }).then(function () {
                    return path;
                });
            }
            if (response.ok && path === draft.action) {
                draft.refused = true;
                return withStore(DRAFTS, 'readwrite', function (store) {
                    return store.put(draft);
                }).then(function () {
                    return null;
                });
            }
            throw new Error('not sent');
        });
    }

    /** Sends the unsent forms, oldest first; each one sent is recorded once, whatever happened before. */
    function sync() {
        if (syncing || !navigator.onLine) {
            return Promise.resolve();
        }
        syncing = true;
        var sent = [];
        return drafts().then(function (all) {
            if (all.length === 0) {
                return undefined;
            }
            say(message('sending'));
            return Promise.all([sessionKey(), csrfToken()]).then(function (session) {
                return all.sort(function (a, b) {
                    return a.savedAt - b.savedAt;
                }).reduce(function (chain, draft) {
                    return chain.then(function () {
                        return send(draft, session[0], session[1]).then(function (path) {
                            if (path) {
                                sent.push(path);
                            }
                        });
                    });
                }, Promise.resolve());
            }).then(function () {
                say(sent.length > 0 ? message('sent').replace('{0}', sent.length) : '');
                showSent(sent);
            });
        }).catch(function () {
            say(message('not-sent'));
        }).then(function () {
            syncing = false;
            return render();
        });
    }

    function showSent(paths) {
        var sentList = document.getElementById('offline-sent');
        paths.forEach(function (path) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = path;
            link.textContent = message('open-sent');
            item.appendChild(link);
            sentList.appendChild(item);
        });
    }

    function connectivity() {
        banner.hidden = navigator.onLine;
        if (navigator.onLine) {
            sync();
        }
    }

    form.addEventListener('submit', function (event) {
        if (navigator.onLine) {
            return;
        }
        event.preventDefault();
        var entries = [];
        new FormData(form).forEach(function (value, name) {
            if (name !== '_csrf' && typeof value === 'string') {
                entries.push([name, value]);
            }
        });
        var idField = form.querySelector('[name=clientId]');
        var id = idField && idField.value ? idField.value : crypto.randomUUID();
        var labelField = form.querySelector('[name=' + (form.getAttribute('data-offline-label') || 'x') + ']');
        sessionKey().then(function (key) {
            return seal(key, { entries: entries, label: labelField ? labelField.value : '' });
        }).then(function (sealed) {
            return withStore(DRAFTS, 'readwrite', function (store) {
                return store.put({ id: id, iv: sealed.iv, data: sealed.data, savedAt: Date.now(),
                    action: form.getAttribute('action') });
            });
        }).then(function () {
            form.reset();
            newClientId();
            say(message('saved'));
            window.scrollTo(0, 0);
            return render();
        }).catch(function () {
            say(message('not-saved'));
            panel.hidden = false;
        });
    });

    document.getElementById('offline-send').addEventListener('click', sync);
    window.addEventListener('online', connectivity);
    window.addEventListener('offline', connectivity);
    banner.hidden = navigator.onLine;
    // ready for work offline once the session's key is kept
    sessionKey().then(function () {
        form.setAttribute('data-offline-ready', 'true');
    }).catch(function () {
        return undefined;
    }).then(render).then(sync);
}());
