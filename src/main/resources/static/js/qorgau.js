// Qorgau's only script: confirmation before destructive actions, and the CSRF token for htmx requests.
// Served from this origin; the Content-Security-Policy allows no inline script.
(function () {
    'use strict';

    // Forms marked data-confirm ask before submitting (deactivate, disable, revoke, reset).
    document.addEventListener('submit', function (event) {
        var form = event.target;
        var question = form.getAttribute && form.getAttribute('data-confirm');
        if (question && !window.confirm(question)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    // htmx requests that change something carry the CSRF token from the page's meta tags.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
        }
    });

    // Move focus to a form's error summary so that screen readers announce it.
    document.addEventListener('DOMContentLoaded', function () {
        var summary = document.getElementById('error-summary');
        if (summary) {
            summary.focus();
        }
    });
})();
