// Qorgau's only script: confirmation before destructive actions, the CSRF token for htmx requests, printing.
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

    // A record's printable page: its button prints.
    document.addEventListener('click', function (event) {
        if (event.target.closest && event.target.closest('[data-print]')) {
            window.print();
        }
    });

    // A record's printable page prints its collapsed details (a screening's answers) open; those that hold a form
    // are hidden from print anyway.
    document.addEventListener('DOMContentLoaded', function () {
        if (document.body.classList.contains('printout')) {
            document.querySelectorAll('details').forEach(function (details) {
                if (!details.querySelector('form')) {
                    details.open = true;
                }
            });
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
