// Qorgau's only script: confirmation before destructive actions, the CSRF token for htmx requests, filter boxes
// of long lists, the screening form's progress, printing and keyboard shortcuts.
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

    // Keyboard shortcuts: an element marked data-key="w" takes the focus when w is pressed outside a field (so that a
    // button marked so is pressed by w, then Enter; a field marked so is reached by its key, then typed into). The key
    // is the physical one, so that it works the same in the Russian and Kazakh keyboard layouts.
    document.addEventListener('keydown', function (event) {
        var target = event.target;
        if (event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1
            || (target && target.closest && target.closest('input, select, textarea, [contenteditable]'))) {
            return;
        }
        var letter = /^Key[A-Z]$/.test(event.code) ? event.code.charAt(3).toLowerCase() : event.key.toLowerCase();
        var marked = document.querySelector('[data-key="' + letter.replace(/["\\]/g, '') + '"]');
        if (marked) {
            event.preventDefault();
            marked.focus();
        }
    });

    // htmx requests that change something carry the CSRF token from the page's meta tags.
    document.addEventListener('htmx:configRequest', function (event) {
        var token = document.querySelector('meta[name="_csrf"]');
        var header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
        }
    });

    // Filter boxes, hidden without this script: data-filter-options narrows the options of a long select (the
    // groups with none left disappear), data-filter-checks the checkboxes of a long list, as the user types.
    function matches(text, query) {
        return text.toLocaleLowerCase().indexOf(query) !== -1;
    }

    function filterOptions(box) {
        var select = document.getElementById(box.getAttribute('data-filter-options'));
        var query = box.value.trim().toLocaleLowerCase();
        if (!select) {
            return;
        }
        Array.prototype.forEach.call(select.querySelectorAll('option'), function (option) {
            option.hidden = query !== '' && option.value !== '' && option.value !== '0' && !option.selected
                && !matches(option.textContent, query);
        });
        Array.prototype.forEach.call(select.querySelectorAll('optgroup'), function (group) {
            group.hidden = !group.querySelector('option:not([hidden])');
        });
    }

    function filterChecks(box) {
        var list = document.getElementById(box.getAttribute('data-filter-checks'));
        var query = box.value.trim().toLocaleLowerCase();
        if (!list) {
            return;
        }
        Array.prototype.forEach.call(list.querySelectorAll('.form-check'), function (item) {
            var input = item.querySelector('input');
            item.hidden = query !== '' && !(input && input.checked) && !matches(item.textContent, query);
        });
    }

    document.addEventListener('input', function (event) {
        var box = event.target;
        if (box.hasAttribute && box.hasAttribute('data-filter-options')) {
            filterOptions(box);
        } else if (box.hasAttribute && box.hasAttribute('data-filter-checks')) {
            filterChecks(box);
        }
    });

    // The screening form's sections: a step of the list opens its section and is marked as the current one; each
    // list of indicators counts its answers as they are given.
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('.screening-steps a[href^="#"]');
        var section = link && document.getElementById(link.getAttribute('href').substring(1));
        if (section && section.tagName === 'DETAILS') {
            section.open = true;
        }
    });

    document.addEventListener('toggle', function (event) {
        var section = event.target;
        if (!section.classList || !section.classList.contains('screening-section') || !section.open) {
            return;
        }
        Array.prototype.forEach.call(document.querySelectorAll('.screening-steps a'), function (link) {
            if (link.getAttribute('href') === '#' + section.id) {
                link.setAttribute('aria-current', 'step');
            } else {
                link.removeAttribute('aria-current');
            }
        });
    }, true);

    document.addEventListener('change', function (event) {
        var form = event.target.form;
        if (!form || !form.classList.contains('screening-form')) {
            return;
        }
        Array.prototype.forEach.call(form.querySelectorAll('[data-answered]'), function (counter) {
            var list = counter.getAttribute('data-answered');
            var answered = form.querySelectorAll('input[type=radio][name^="' + list + '["]:checked:not([value=UNKNOWN])');
            counter.textContent = counter.textContent.replace(/\d+/, String(answered.length));
        });
    });

    // The bulk import's upload: a file over the limit is refused before it is sent, and the bar shows how much of
    // the file has gone (htmx reports the bytes sent); the server then checks and imports it.
    document.addEventListener('change', function (event) {
        var input = event.target;
        if (input.matches && input.matches('input[type=file][data-max-bytes]')) {
            var file = input.files && input.files[0];
            var tooLarge = file && file.size > Number(input.getAttribute('data-max-bytes'));
            input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
            input.reportValidity();
        }
    });
    document.addEventListener('htmx:xhr:progress', function (event) {
        var bar = event.target.querySelector && event.target.querySelector('progress[data-upload-progress]');
        if (bar && event.detail.lengthComputable && event.detail.total > 0) {
            bar.hidden = false;
            bar.value = Math.round(event.detail.loaded / event.detail.total * 100);
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

    // Move focus to a form's error summary so that screen readers announce it; show the filter boxes.
    document.addEventListener('DOMContentLoaded', function () {
        Array.prototype.forEach.call(document.querySelectorAll('[data-filter-options], [data-filter-checks]'),
            function (box) {
                box.hidden = false;
            });
        var summary = document.getElementById('error-summary');
        if (summary) {
            summary.focus();
        }
    });
})();
